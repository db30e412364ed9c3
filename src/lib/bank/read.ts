// Reads the bank's files (content/bank/*.yaml) for the content layer and the content checker:
// parsing only, with where each field sits; the schemas say what is valid.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter, type ParsedYaml } from '../frontmatter.ts';

export interface BankFile {
  /** The file name, e.g. "feedback.yaml". */
  name: string;
  parsed: ParsedYaml;
}

export const BANK_EXTENSION = /\.ya?ml$/;

/** Every file of the bank, in file-name order (the coverage page's order of themes). */
export function readBankFiles(dir: string): BankFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => BANK_EXTENSION.test(name))
    .sort()
    .map((name) => ({ name, parsed: parseFrontmatter(readFileSync(join(dir, name), 'utf8'), 1) }));
}

/** The bank's questions as content entries: each with its theme and place, for `defineCollection`. */
export function bankEntries(dir: string): ({ id: string } & Record<string, unknown>)[] {
  return readBankFiles(dir).flatMap(({ parsed }, file) => {
    const data = parsed.data as { theme?: unknown; questions?: unknown } | undefined;
    const questions = Array.isArray(data?.questions) ? (data.questions as Record<string, unknown>[]) : [];
    return questions.map((question, index) => ({ ...question, id: String(question['id']), theme: data?.theme, order: file * 1000 + index }));
  });
}
