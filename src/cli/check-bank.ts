// The content checker's part for the bank of unseen questions (content/bank/*.yaml): every file
// against its schema, then what involves several questions: an id used twice, the same or nearly
// the same wording twice (in the bank, or as one of the site's own questions), and a question that
// copies an answer's words (seven in a row). Every problem names its file and line.
import { relative, join } from 'node:path';
import { bankFileSchema } from '../schemas/bank.ts';
import { readBankFiles } from '../lib/bank/read.ts';
import { NEAR_DUPLICATE, copiedWords, similarity, wordsOf } from '../lib/bank/similar.ts';
import type { EntryReport, Problem } from './content-report.ts';
import { at, explain } from './issue-messages.ts';

/** One of the site's own questions, as the bank is compared with it. */
export interface SiteQuestion {
  file: string;
  question: string;
  /** The answer's text (frontmatter summaries and body), which no bank question may copy. */
  answer: string;
}

interface Placed {
  report: EntryReport;
  index: number;
  id: string;
  question: string;
}

/** Checks every file of the bank; each report's problems in line order. */
export function checkBank(dir: string, root: string, site: readonly SiteQuestion[] = []): EntryReport[] {
  const placed: Placed[] = [];
  const reports = readBankFiles(dir).map(({ name, parsed }) => {
    const file = relative(root, join(dir, name));
    const problems: Problem[] = [];
    const report: EntryReport = { file, problems, draft: false, placeholders: [], lineOf: parsed.lineOf };
    for (const error of parsed.errors) problems.push({ file, line: error.line, column: error.column, field: '(YAML)', message: `the file is not valid YAML: ${error.message}` });
    if (parsed.errors.length) return report;
    report.data = Object(parsed.data);
    const result = bankFileSchema.safeParse(parsed.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file, line: parsed.lineOf(issue.path), field: issue.path.map(String).join('.') || '(file)', message: explain(issue, parsed.data) });
      }
    }
    const questions = at(parsed.data, ['questions']);
    if (Array.isArray(questions)) {
      questions.forEach((item, index) => {
        const { id, question } = Object(item) as Record<string, unknown>;
        if (typeof id === 'string' && typeof question === 'string') placed.push({ report, index, id, question });
      });
    }
    return report;
  });

  const problem = ({ report, index }: Placed, field: 'id' | 'question', message: string) =>
    report.problems.push({ file: report.file, line: report.lineOf?.(['questions', index, field]), field: `questions.${index}.${field}`, message });
  const where = (other: Placed) => `${other.report.file}:${other.report.lineOf?.(['questions', other.index, 'question']) ?? ''}`;

  placed.forEach((entry, i) => {
    const first = placed.slice(0, i).find((other) => other.id === entry.id);
    if (first) problem(entry, 'id', `expected an id unique in the bank, found ${JSON.stringify(entry.id)}, as in ${where(first)}`);
    const twin = placed.slice(0, i).find((other) => similarity(other.question, entry.question) >= NEAR_DUPLICATE);
    if (twin) {
      const same = wordsOf(twin.question).join(' ') === wordsOf(entry.question).join(' ');
      problem(entry, 'question', `expected a question of its own, found ${same ? 'the same wording' : 'nearly the same wording'} as in ${where(twin)}: ${JSON.stringify(twin.question)}`);
    }
    const own = site.find((question) => similarity(question.question, entry.question) >= NEAR_DUPLICATE);
    if (own) problem(entry, 'question', `expected a question the site does not already answer, found nearly the wording of ${own.file}`);
    for (const answer of site) {
      const copied = copiedWords(entry.question, answer.answer);
      if (copied) {
        problem(entry, 'question', `expected a question only, found words of the answer in ${answer.file} ("${copied} …"): the bank holds no answers`);
        break;
      }
    }
  });
  for (const report of reports) report.problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return reports;
}
