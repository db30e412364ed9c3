// The seed site: a fixture with the seed's own entries (its five questions, its round, its bank, in
// tests/fixtures/seed/content), built with CONTENT_DIR naming that folder and served beside the
// project's own site, each time the suite starts (playwright.config.ts). Specs of what the features do
// with particular entries test it, so they pass whatever entries a fork of the project writes in content/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { PROJECT_ROOT } from '../../../src/cli/project-root.ts';
import { testPort } from './site.ts';

export { expect } from '@playwright/test';

/** The seed's content folder, from the project's root: what the seed site and the copies a spec builds start from. */
export const SEED_CONTENT_DIR = 'tests/fixtures/seed/content';
export const SEED_CONTENT = join(PROJECT_ROOT, SEED_CONTENT_DIR);
/** Where the seed site is served while the specs run. */
export const SEED_PORT = testPort(4331);
export const SEED_ORIGIN = `http://127.0.0.1:${SEED_PORT}`;
/**
 * The seed site's build, a folder per port: two suites at once (E2E_PORT) each build their own. At the
 * top of the project, as dist/ is: the built icon page finds public/ two folders up from its chunk.
 */
export const SEED_OUT = `dist-seed-${SEED_PORT}`;
export const SEED_DIST = join(PROJECT_ROOT, SEED_OUT);

/** Playwright's `test`, on the seed site: `page.goto('/')` opens its home page. */
export const test = base.extend({ baseURL: async ({}, use) => use(SEED_ORIGIN) });

export interface SeedQuestion {
  number: number;
  title: string;
  question: string;
  /** The answer as the seed writes it, Markdown and all. */
  answer: string;
}

/** The seed document (tests/fixtures/seed.md): the five questions with their answers, as the seed site must show them. */
export function seedQuestions(): SeedQuestion[] {
  const seed = readFileSync(join(import.meta.dirname, '../../fixtures/seed.md'), 'utf8');
  return seed
    .split(/^### /m)
    .slice(1)
    .map((block) => {
      const heading = /^(\d+)\. (.+)$/m.exec(block)!;
      const question = /^\*\*Question:\*\* (.+)$/m.exec(block)![1]!;
      const answer = block.split('**Answer:**')[1]!.split(/^---$/m)[0]!;
      return { number: Number(heading[1]), title: heading[2]!.trim(), question: question.trim(), answer };
    });
}

/** Text as a reader sees it, for comparing the seed with a page: plain quotes, single spaces. */
export function normalize(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The sentences of a Markdown answer, with its markup, list markers and wrapping quotes removed. */
export function sentences(markdown: string): string[] {
  const plain = markdown
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[*-]|\d+\.)\s+/, ''))
    .join('\n')
    .replace(/\*\*|\*/g, '')
    .replace(/^\s*"|"\s*$/g, '');
  return normalize(plain)
    .split(/(?<=[.?!:])\s+(?=[A-Z'"])/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

