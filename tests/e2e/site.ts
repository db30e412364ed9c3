import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPages } from '../../src/cli/page-weight.ts';
import { PROJECT_ROOT } from '../../src/cli/project-root.ts';

export const DIST = join(PROJECT_ROOT, 'dist');

/** Every built HTML page as the URL path it is served at ("/", "/questions/x/", "/404.html"). */
export const builtPages = (): string[] => htmlPages(DIST);

export interface SeedQuestion {
  number: number;
  title: string;
  question: string;
  /** The answer as the seed writes it, Markdown and all. */
  answer: string;
}

/** The seed document copied into the fixtures: the five questions with their answers. */
export function seedQuestions(): SeedQuestion[] {
  const seed = readFileSync(join(import.meta.dirname, '../fixtures/seed.md'), 'utf8');
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
