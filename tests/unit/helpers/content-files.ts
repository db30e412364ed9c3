import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const QUESTIONS_DIR = join(import.meta.dirname, '../../../content/questions');

/** The frontmatter of every question file, as a writer typed it. */
export function readEntries(): { file: string; data: Record<string, unknown> }[] {
  return readdirSync(QUESTIONS_DIR)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const text = readFileSync(join(QUESTIONS_DIR, file), 'utf8');
      const yaml = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
      return { file, data: parse(yaml) as Record<string, unknown> };
    });
}
