// `npm run check:content`: validates every question against the site's schema and reports every
// problem at once (file, line, field, what was expected, what was found), then a summary.
// `npm run build` runs it first. Exit code 1 when any entry is invalid; drafts are listed, not errors.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compile } from '@mdx-js/mdx';
import type { z } from 'astro/zod';
import remarkGfm from 'remark-gfm';
import { PLACEHOLDER, isPlaceholder, questionSchema } from '../schemas/question.ts';
import { TOPIC_IDS } from '../lib/topics.ts';
import { parseFrontmatter, splitFrontmatter } from '../lib/frontmatter.ts';
import { PROJECT_ROOT } from './project-root.ts';

export interface Problem {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  field: string;
  message: string;
}

export interface EntryReport {
  file: string;
  problems: Problem[];
  draft: boolean;
  /** For a draft: the fields still holding a placeholder. */
  placeholders: string[];
  data?: Record<string, unknown>;
  /** Where a field sits in the file. */
  lineOf?: (path: readonly PropertyKey[]) => number | undefined;
}

export interface ContentReport {
  entries: EntryReport[];
  invalid: number;
}

const VOCABULARY_FILE = 'src/lib/topics.ts';

/** What a value looks like, for "found …". */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (typeof value === 'string') return value.length > 40 ? `text of ${value.length} characters` : JSON.stringify(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value === null) return 'an empty value';
  return typeof value === 'object' ? 'a mapping' : JSON.stringify(value);
}

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
};

const at = (data: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], data);

/** Turns one zod issue into what a writer needs: the field, what was expected, what is there. */
function explain(issue: z.core.$ZodIssue, data: unknown): string {
  const found = at(data, issue.path);
  if (issue.path[0] === 'topics' && issue.path.length === 2 && issue.code === 'invalid_value') {
    return `expected a topic from the vocabulary (${TOPIC_IDS.join(', ')}; defined in ${VOCABULARY_FILE}), found ${describe(found)}`;
  }
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, found ${describe(found)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, found ${describe(found)}`;
    case 'too_big':
    case 'too_small':
      return `${issue.message}, found ${describe(found)}`;
    default:
      return issue.message;
  }
}

/** Checks one file's text. */
export async function checkFile(file: string, text: string): Promise<EntryReport> {
  const problems: Problem[] = [];
  const report: EntryReport = { file, problems, draft: false, placeholders: [] };
  const split = splitFrontmatter(text);
  if (!split) {
    problems.push({ file, line: 1, field: '(frontmatter)', message: 'expected the file to start with a --- frontmatter block, found none' });
    return report;
  }
  const yaml = parseFrontmatter(split.yaml, split.yamlLine);
  for (const error of yaml.errors) {
    problems.push({ file, line: error.line, column: error.column, field: '(YAML)', message: `the frontmatter is not valid YAML: ${error.message}` });
  }
  if (yaml.errors.length) return report;
  const data = (yaml.data ?? {}) as Record<string, unknown>;
  report.data = data;
  report.lineOf = yaml.lineOf;
  report.draft = data['draft'] === true;

  const result = questionSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.map(String).join('.') || '(frontmatter)';
      problems.push({ file, line: yaml.lineOf(issue.path), field, message: explain(issue, data) });
    }
  }

  const bodyPlaceholders = split.body.split('\n').flatMap((line, index) => (line.includes(PLACEHOLDER) ? [split.bodyLine + index] : []));
  if (report.draft) {
    report.placeholders = [
      ...Object.entries(data).flatMap(([key, value]) =>
        (typeof value === 'string' && isPlaceholder(value)) || (Array.isArray(value) && value.some((v) => typeof v === 'string' && isPlaceholder(v))) ? [key] : [],
      ),
      ...(Array.isArray(data['topics']) && data['topics'].length === 0 ? ['topics'] : []),
      ...(bodyPlaceholders.length ? [`the answer (line${bodyPlaceholders.length > 1 ? 's' : ''} ${bodyPlaceholders.join(', ')})`] : []),
    ];
  } else {
    for (const line of bodyPlaceholders) {
      problems.push({ file, line, field: '(answer)', message: 'expected your answer, found a placeholder line from `npm run new` (or mark the entry draft: true)' });
    }
    try {
      await compile(split.body, { remarkPlugins: [remarkGfm] });
    } catch (error) {
      const place = (error as { line?: number; column?: number; reason?: string; message: string });
      problems.push({
        file,
        line: place.line === undefined ? undefined : split.bodyLine + place.line - 1,
        column: place.column,
        field: '(answer)',
        message: `the MDX body does not compile: ${place.reason ?? place.message}`,
      });
    }
  }
  return report;
}

/** Problems that involve several entries: the same order or the same title twice. */
function crossCheck(entries: EntryReport[]): void {
  for (const field of ['order', 'title'] as const) {
    const seen = new Map<unknown, EntryReport>();
    for (const entry of entries) {
      const value = entry.data?.[field];
      if (value === undefined || entry.draft) continue;
      const first = seen.get(value);
      if (first) {
        entry.problems.push({ file: entry.file, line: entry.lineOf?.([field]), field, message: `expected a unique ${field}, found ${describe(value)}, as in ${first.file}` });
      } else seen.set(value, entry);
    }
  }
}

/** Checks every `.mdx` file of a folder. */
export async function checkContent(dir: string, root = PROJECT_ROOT): Promise<ContentReport> {
  const files = readdirSync(dir).filter((name) => name.endsWith('.mdx')).sort();
  const entries: EntryReport[] = [];
  for (const name of files) {
    const path = join(dir, name);
    const file = relative(root, path);
    entries.push(await checkFile(file, readFileSync(path, 'utf8')));
  }
  crossCheck(entries);
  // In file order; a missing field has no line and comes first.
  for (const entry of entries) entry.problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { entries, invalid: entries.filter((entry) => entry.problems.length > 0).length };
}

/** The report as the terminal shows it. */
export function formatReport({ entries, invalid }: ContentReport): string {
  const lines: string[] = [];
  for (const entry of entries) {
    for (const p of entry.problems) {
      const where = p.line === undefined ? p.file : `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}`;
      lines.push(`${where}  ${p.field}: ${p.message}`);
    }
  }
  const drafts = entries.filter((entry) => entry.draft);
  for (const draft of drafts) {
    const todo = draft.placeholders.length ? `still to write: ${draft.placeholders.join(', ')}` : 'no placeholders left: remove `draft: true` to publish it';
    lines.push(`${draft.file}  draft (left out of the site); ${todo}`);
  }
  const count = entries.length;
  lines.push(invalid ? `${invalid} of ${count} ${count === 1 ? 'entry' : 'entries'} invalid` : `All ${count} entries valid${drafts.length ? ` (${drafts.length} ${drafts.length === 1 ? 'draft' : 'drafts'})` : ''}`);
  return lines.join('\n');
}

if (import.meta.main) {
  const dir = process.argv[2] ?? join(PROJECT_ROOT, 'content/questions');
  const report = await checkContent(dir);
  const text = formatReport(report);
  if (report.invalid) console.error(text);
  else console.log(text);
  process.exitCode = report.invalid ? 1 : 0;
}
