import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from './project-root.ts';

/**
 * The content folder (questions/, rounds/, bank/) of the project at `root`: its content/, or the
 * folder CONTENT_DIR names, relative to the project (the tests' seed site: tests/fixtures/seed/content).
 * src/content.config.ts reads the same variable, so the site and every command see the same entries.
 */
export function contentDir(root: string = PROJECT_ROOT): string {
  return resolve(root, process.env['CONTENT_DIR'] || 'content');
}

/** The questions, the rounds and the bank of that content. */
export const questionsDir = (root?: string): string => join(contentDir(root), 'questions');
export const roundsDir = (root?: string): string => join(contentDir(root), 'rounds');
export const bankDir = (root?: string): string => join(contentDir(root), 'bank');
