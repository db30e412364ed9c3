import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBank, type SiteQuestion } from '../../../src/cli/check-bank.ts';
import { checkContent, formatReport } from '../../../src/cli/check-content.ts';
import { SEED_CONTENT } from '../helpers/content-files.ts';

const ROOT = join(import.meta.dirname, '../../..');
const SITE: SiteQuestion[] = readdirSync(join(SEED_CONTENT, 'questions')).map((name) => {
  const text = readFileSync(join(SEED_CONTENT, 'questions', name), 'utf8');
  return { file: `content/questions/${name}`, question: /^question: (.*)$/m.exec(text)![1]!, answer: text.replace(/^question: .*$/m, '') };
});
const reports = checkBank(join(ROOT, 'tests/fixtures/bank'), ROOT, SITE);
const problemsOf = (name: string) => reports.find((r) => r.file.endsWith(name))!.problems.map((p) => `${p.file}:${p.line} ${p.field}: ${p.message}`);

describe('the content checker on the bank', () => {
  it('names the file and line of each problem: a second id, near-duplicate wording, an unknown topic and kind, no question mark', () => {
    const file = 'tests/fixtures/bank/broken.yaml';
    const problems = problemsOf('broken.yaml');
    expect(problems).toContain(`${file}:7 questions.1.id: expected an id unique in the bank, found "fine", as in ${file}:4`);
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${file}:8 questions\\.1\\.question: expected a question of its own, found the same wording as in ${file}:4`)));
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${file}:9 questions\\.1\\.topics\\.1: expected a topic from the vocabulary \\(.*\\), found "teamwork"$`)));
    expect(problems).toContain(`${file}:10 questions.1.kind: expected one of "story", "approach", found "anecdote"`);
    expect(problems).toContain(`${file}:12 questions.2.question: question must end with a question mark: the bank holds questions only`);
  });

  it('refuses a question that copies an answer’s words, or says what the site already asks', () => {
    const problems = problemsOf('broken.yaml');
    expect(problems).toContainEqual(expect.stringMatching(/broken\.yaml:16 questions\.3\.question: expected a question only, found words of the answer in content\/questions\/matrixed-conflict\.mdx/));
    expect(problems).toContainEqual(expect.stringMatching(/broken\.yaml:20 questions\.4\.question: expected a question the site does not already answer, found nearly the wording of content\/questions\/roadmap-and-budget\.mdx/));
  });

  it('reports YAML that does not parse with its line, and nothing else from that file', () => {
    expect(problemsOf('not-yaml.yaml')).toEqual([expect.stringMatching(/^tests\/fixtures\/bank\/not-yaml\.yaml:\d+ \(YAML\): the file is not valid YAML/)]);
  });

  it('fails the content check as a whole, and says so in the summary', async () => {
    const report = await checkContent(join(SEED_CONTENT, 'questions'), ROOT, join(SEED_CONTENT, 'rounds'), join(ROOT, 'tests/fixtures/bank'));
    expect(report.invalidBank).toBe(2);
    expect(formatReport(report)).toMatch(/Bank: 2 of 2 files invalid$/);
  });
});
