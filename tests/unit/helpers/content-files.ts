import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter, splitFrontmatter } from '../../../src/lib/frontmatter.ts';

export const QUESTIONS_DIR = join(import.meta.dirname, '../../../content/questions');

/** The frontmatter of every question file, as a writer typed it. */
export function readEntries(): { file: string; data: Record<string, unknown> }[] {
  return readdirSync(QUESTIONS_DIR)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const split = splitFrontmatter(readFileSync(join(QUESTIONS_DIR, file), 'utf8'))!;
      return { file, data: parseFrontmatter(split.yaml, split.yamlLine).data as Record<string, unknown> };
    });
}
