import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter, splitFrontmatter } from '../../../src/lib/frontmatter.ts';

/**
 * The seed's content (its five questions, its round, its bank): what the tests of particular entries
 * read, whatever a fork of the project writes in content/. The end-to-end specs build it as the seed site.
 */
export const SEED_CONTENT = join(import.meta.dirname, '../../fixtures/seed/content');
export const QUESTIONS_DIR = join(SEED_CONTENT, 'questions');

/** The frontmatter of every question file of the seed, as a writer typed it. */
export function readEntries(): { file: string; data: Record<string, unknown> }[] {
  return readdirSync(QUESTIONS_DIR)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const split = splitFrontmatter(readFileSync(join(QUESTIONS_DIR, file), 'utf8'))!;
      return { file, data: parseFrontmatter(split.yaml, split.yamlLine).data as Record<string, unknown> };
    });
}
