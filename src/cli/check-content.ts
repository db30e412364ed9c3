// `npm run check:content`: validates every question and every round against the site's schemas and
// reports every problem at once (file, line, field, what was expected, what was found), then a
// summary. `npm run build` runs it first. Exit code 1 when anything is invalid; drafts are listed,
// and a round left without questions is a warning.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { PLACEHOLDER, isPlaceholder, questionSchema } from '../schemas/question.ts';
import { roundSchema } from '../schemas/round.ts';
import { TOPIC_IDS } from '../lib/topics.ts';
import { parseFrontmatter, splitFrontmatter } from '../lib/frontmatter.ts';
import { PROJECT_ROOT } from './project-root.ts';
import { questionsDir } from './content-dir.ts';
import { checkBank } from './check-bank.ts';
import { describe, explain } from './issue-messages.ts';
import type { EntryReport, Problem } from './content-report.ts';

export type { EntryReport, Problem };

export interface ContentReport {
  entries: EntryReport[];
  invalid: number;
  /** The round files (content/rounds/), checked the same way. */
  rounds: EntryReport[];
  invalidRounds: number;
  /** The bank's files (content/bank/*.yaml), when there is a bank beside the questions. */
  bank: EntryReport[];
  invalidBank: number;
  /** How many questions the bank holds (valid or not). */
  bankQuestions: number;
  /** Not errors: a published round with no published question (it is left out of the site). */
  warnings: string[];
}

/** Checks one file's text: a question (the default) or a round. */
export async function checkFile(file: string, text: string, kind: 'question' | 'round' = 'question'): Promise<EntryReport> {
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

  const result = (kind === 'round' ? roundSchema : questionSchema).safeParse(data);
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
      ...(bodyPlaceholders.length ? [`${kind === 'round' ? 'the mindset' : 'the answer'} (line${bodyPlaceholders.length > 1 ? 's' : ''} ${bodyPlaceholders.join(', ')})`] : []),
    ];
  } else {
    for (const line of bodyPlaceholders) {
      problems.push(
        kind === 'round'
          ? { file, line, field: '(mindset)', message: 'expected the mindset for the round, found a placeholder line from `npm run new:round` (or mark the round draft: true)' }
          : { file, line, field: '(answer)', message: 'expected your answer, found a placeholder line from `npm run new` (or mark the entry draft: true)' },
      );
    }
    try {
      if (kind === 'question') await compile(split.body, { remarkPlugins: [remarkGfm] });
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

/**
 * Problems that involve several files: the same title twice on the site, the same order twice in
 * one round (orders may repeat across rounds), and the same order for two rounds.
 */
function crossCheck(entries: EntryReport[], rounds: EntryReport[]): void {
  const unique = (list: EntryReport[], field: string, scope: (entry: EntryReport) => unknown, where = '') => {
    const seen = new Map<string, EntryReport>();
    for (const entry of list) {
      const value = entry.data?.[field];
      if (value === undefined || entry.draft) continue;
      const key = JSON.stringify([scope(entry), value]);
      const first = seen.get(key);
      if (first) {
        entry.problems.push({ file: entry.file, line: entry.lineOf?.([field]), field, message: `expected a unique ${field}${where}, found ${describe(value)}, as in ${first.file}` });
      } else seen.set(key, entry);
    }
  };
  unique(entries, 'order', (entry) => entry.data?.['round']);
  unique(entries, 'title', () => '');
  unique(rounds, 'order', () => '');
}

const idOf = (entry: EntryReport) => entry.file.split('/').pop()!.replace(/\.mdx?$/, '');

/** Every question names a round that exists; a published round needs a published question. */
function checkRounds(entries: EntryReport[], rounds: EntryReport[], roundsDir: string): string[] {
  const ids = rounds.map(idOf);
  const known = ids.length ? `one of ${ids.join(', ')}` : 'a round, but there is none';
  for (const entry of entries) {
    if (!entry.data) continue;
    const round = entry.data['round'];
    // Left out, a question belongs to the site's only round.
    if (round === undefined && ids.length === 1) continue;
    if (typeof round === 'string' && ids.includes(round)) continue;
    const message =
      round === undefined
        ? `expected a round in ${roundsDir}/ (${known}): a question must name its round when there ${ids.length ? 'are several' : 'is none'}`
        : `expected a round in ${roundsDir}/ (${known}), found ${describe(round)}`;
    entry.problems.push({ file: entry.file, line: entry.lineOf?.(['round']), field: 'round', message });
  }
  return rounds
    .filter((round) => !round.draft && round.problems.length === 0)
    .filter((round) => !entries.some((entry) => !entry.draft && entry.problems.length === 0 && (entry.data?.['round'] ?? ids[0]) === idOf(round)))
    .map((round) => `${round.file}  warning: no published question in this round, so it is left out of the site`);
}

async function checkFolder(dir: string, extension: string, kind: 'question' | 'round', root: string): Promise<EntryReport[]> {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((name) => name.endsWith(extension)).sort();
  return Promise.all(files.map((name) => checkFile(relative(root, join(dir, name)), readFileSync(join(dir, name), 'utf8'), kind)));
}

/**
 * Checks every question (`.mdx`) of a folder, and every round (`.md`) of `roundsDir` (by default the
 * `rounds` folder beside it, when there is one: a folder of questions alone is checked as questions).
 */
export async function checkContent(dir: string, root = PROJECT_ROOT, roundsDir?: string, bankDir = join(dirname(dir), 'bank')): Promise<ContentReport> {
  const entries = await checkFolder(dir, '.mdx', 'question', root);
  const sibling = join(dirname(dir), 'rounds');
  const folder = roundsDir ?? (existsSync(sibling) ? sibling : undefined);
  const rounds = folder ? await checkFolder(folder, '.md', 'round', root) : [];
  crossCheck(entries, rounds);
  const warnings = folder ? checkRounds(entries, rounds, relative(root, folder)) : [];
  // In file order; a missing field has no line and comes first.
  for (const entry of [...rounds, ...entries]) entry.problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const site = entries.flatMap((entry) =>
    typeof entry.data?.['question'] === 'string' ? [{ file: entry.file, question: entry.data['question'], answer: answerText(entry, root) }] : [],
  );
  const bank = checkBank(bankDir, root, site);
  const bankQuestions = bank.reduce((sum, file) => sum + (Array.isArray(file.data?.['questions']) ? (file.data['questions'] as unknown[]).length : 0), 0);
  warnings.push(...thinTopics(bank, relative(root, bankDir)));
  const invalid = (list: EntryReport[]) => list.filter((entry) => entry.problems.length > 0).length;
  return { entries, invalid: invalid(entries), rounds, invalidRounds: invalid(rounds), bank, invalidBank: invalid(bank), bankQuestions, warnings };
}

/** An entry's answer, as the bank may not copy it: its summary lines, key points and body (not its title or question). */
function answerText(entry: EntryReport, root: string): string {
  const data = entry.data ?? {};
  const lines = ['situation', 'task', 'action', 'result', 'keyPoints'].flatMap((field) => [data[field]].flat().filter((v) => typeof v === 'string'));
  return [...lines, splitFrontmatter(readFileSync(join(root, entry.file), 'utf8'))?.body ?? ''].join('\n');
}

/** A topic of the vocabulary on fewer than three bank questions: the drill and the gaps see little of it. */
function thinTopics(bank: EntryReport[], folder: string): string[] {
  if (bank.length === 0) return [];
  const topics = bank.flatMap((file) => ((file.data?.['questions'] ?? []) as { topics?: unknown }[]).flatMap((q) => (Array.isArray(q.topics) ? q.topics : [])));
  return TOPIC_IDS.flatMap((topic) => {
    const count = topics.filter((t) => t === topic).length;
    return count < 3 ? [`${folder}  warning: the topic ${topic} is on ${count} bank question${count === 1 ? '' : 's'}; give it at least three`] : [];
  });
}

/** The report as the terminal shows it. */
export function formatReport({ entries, invalid, rounds, invalidRounds, bank, invalidBank, bankQuestions, warnings }: ContentReport): string {
  const lines: string[] = [];
  for (const entry of [...rounds, ...entries, ...bank]) {
    for (const p of entry.problems) {
      const where = p.line === undefined ? p.file : `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}`;
      lines.push(`${where}  ${p.field}: ${p.message}`);
    }
  }
  const drafts = [...rounds, ...entries].filter((entry) => entry.draft);
  for (const draft of drafts) {
    const todo = draft.placeholders.length ? `still to write: ${draft.placeholders.join(', ')}` : 'no placeholders left: remove `draft: true` to publish it';
    lines.push(`${draft.file}  draft (left out of the site); ${todo}`);
  }
  lines.push(...warnings);
  const count = entries.length;
  const draftCount = drafts.length ? ` (${drafts.length} ${drafts.length === 1 ? 'draft' : 'drafts'})` : '';
  const summary = invalid ? `${invalid} of ${count} ${count === 1 ? 'entry' : 'entries'} invalid` : `All ${count} entries valid${draftCount}`;
  lines.push(invalidRounds ? `${summary}; ${invalidRounds} of ${rounds.length} ${rounds.length === 1 ? 'round' : 'rounds'} invalid` : summary);
  if (bank.length) {
    const files = `${bank.length} ${bank.length === 1 ? 'file' : 'files'}`;
    lines.push(invalidBank ? `Bank: ${invalidBank} of ${files} invalid` : `Bank: ${bankQuestions} questions in ${files}, all valid`);
  }
  return lines.join('\n');
}

if (import.meta.main) {
  const dir = process.argv[2] ?? questionsDir();
  // The site's own content always has rounds: every question must find its round there.
  const report = await checkContent(dir, PROJECT_ROOT, process.argv[3] ?? join(dirname(dir), 'rounds'));
  const text = formatReport(report);
  const failed = report.invalid + report.invalidRounds + report.invalidBank > 0;
  if (failed) console.error(text);
  else console.log(text);
  process.exitCode = failed ? 1 : 0;
}
