import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent, formatReport } from '../../src/cli/check-content.ts';
import { chooseRound, createQuestion, nextOrder } from '../../src/cli/new-question.ts';
import { createRound } from '../../src/cli/new-round.ts';
import { questionsInRounds, sheetFileName } from '../../src/lib/rounds.ts';
import { readSearchState, writeSearchState, describeResults } from '../../src/lib/search-state.ts';
import { QUESTIONS_DIR, SEED_CONTENT } from './helpers/content-files.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/content/rounds-invalid');

describe('the content checker with several rounds', () => {
  it('reports every round problem at once, with file and line', async () => {
    const report = await checkContent(join(FIXTURE, 'questions'));
    const lines = formatReport(report).split('\n');
    expect(lines).toEqual([
      'tests/fixtures/content/rounds-invalid/rounds/broken.md  description: expected text, found nothing (the field is missing)',
      'tests/fixtures/content/rounds-invalid/rounds/broken.md:3  order: expected a number, found "first"',
      'tests/fixtures/content/rounds-invalid/questions/alpha-two.mdx:4  order: expected a unique order, found 1, as in tests/fixtures/content/rounds-invalid/questions/alpha-one.mdx',
      'tests/fixtures/content/rounds-invalid/questions/no-round.mdx  round: expected a round in tests/fixtures/content/rounds-invalid/rounds/ (one of alpha, beta, broken, empty): a question must name its round when there are several',
      'tests/fixtures/content/rounds-invalid/questions/unknown-round.mdx:12  round: expected a round in tests/fixtures/content/rounds-invalid/rounds/ (one of alpha, beta, broken, empty), found "gamma"',
      'tests/fixtures/content/rounds-invalid/questions/empty-draft.mdx  draft (left out of the site); no placeholders left: remove `draft: true` to publish it',
      'tests/fixtures/content/rounds-invalid/rounds/empty.md  warning: no published question in this round, so it is left out of the site',
      '3 of 6 entries invalid; 1 of 4 rounds invalid',
    ]);
    // Orders repeat across rounds: beta-one has order 1 as alpha-one does.
    expect(report.entries.find((entry) => entry.file.endsWith('beta-one.mdx'))!.problems).toEqual([]);
  });

  it('accepts the seed: one round, every question in it', async () => {
    const report = await checkContent(QUESTIONS_DIR);
    expect(report.rounds.map((round) => round.file)).toEqual(['tests/fixtures/seed/content/rounds/soft-skills-leadership.md']);
    expect(report.invalidRounds).toBe(0);
    expect(report.warnings).toEqual([]);
  });
});

describe('the scaffolds', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'rounds-'));
    cpSync(SEED_CONTENT, root, { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const questions = () => join(root, 'questions');
  const rounds = () => join(root, 'rounds');

  it('npm run new:round writes one draft round with every field commented, and never overwrites', async () => {
    const path = createRound('Technical Vision', rounds());
    expect(path).toBe(join(rounds(), 'technical-vision.md'));
    const text = readFileSync(path, 'utf8');
    for (const field of ['title', 'order', 'description', 'draft']) expect(text).toMatch(new RegExp(`^# .+\\n${field}:`, 'm'));
    expect(text).toContain('order: 2');
    expect(text).toContain('draft: true');
    expect(text).toContain('TODO:');
    expect(() => createRound('Technical Vision', rounds())).toThrow('already exists');
    const report = await checkContent(questions(), root, rounds());
    expect(report.invalidRounds).toBe(0);
    expect(formatReport(report)).toContain('technical-vision.md  draft (left out of the site); still to write: description, the mindset (line 12)');
  });

  it('npm run new uses the only round, and asks which when there are several', () => {
    expect(chooseRound(rounds())).toBe('soft-skills-leadership');
    createRound('Technical Vision', rounds());
    expect(() => chooseRound(rounds())).toThrow('There are several rounds (soft-skills-leadership, technical-vision): say which, for example: npm run new -- --round soft-skills-leadership');
    expect(() => chooseRound(rounds(), 'architecture')).toThrow('There is no round "architecture". The rounds are: soft-skills-leadership, technical-vision.');
  });

  it('npm run new -- --round writes the question into that round, with the next order there', () => {
    createRound('Technical Vision', rounds());
    expect(nextOrder(questions(), 'technical-vision')).toBe(1);
    const path = createQuestion('Setting Direction', questions(), 'technical-vision');
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('round: technical-vision');
    expect(text).toContain('order: 1');
    expect(readFileSync(createQuestion('Second Bet', questions(), 'technical-vision'), 'utf8')).toContain('order: 2');
    expect(nextOrder(questions(), 'soft-skills-leadership')).toBe(6);
  });
});

describe('rounds on the site', () => {
  const round = (id: string) => ({ id });
  const question = (id: string, order: number, r?: string) => ({ id, data: { order, ...(r && { round: r }) } });

  it('groups questions round by round, leaving out rounds without questions', () => {
    const { rounds, questions } = questionsInRounds([round('a'), round('b'), round('empty')], [question('b1', 1, 'b'), question('a1', 1, 'a'), question('a2', 2, 'a')]);
    expect(rounds.map((r) => r.id)).toEqual(['a', 'b']);
    expect(questions.map((q) => q.id)).toEqual(['a1', 'a2', 'b1']);
  });

  it('puts a question without a round into the only round, and leaves it out when there are several', () => {
    expect(questionsInRounds([round('only')], [question('q', 1)]).questions[0]!.data.round).toBe('only');
    expect(questionsInRounds([round('a'), round('b')], [question('q', 1), question('b1', 1, 'b')]).questions.map((q) => q.id)).toEqual(['b1']);
  });

  it('names each round’s PDF, keeping today’s name for one round', () => {
    expect(sheetFileName('technical-vision', true)).toBe('cheat-sheet-technical-vision.pdf');
    expect(sheetFileName('soft-skills-leadership', false)).toBe('cheat-sheet.pdf');
  });

  it('keeps the chosen rounds in the search URL, like topics', () => {
    expect(readSearchState('?q=vision&round=tech&round=nope&topic=dei', ['dei'], ['tech', 'soft'])).toEqual({ q: 'vision', topics: ['dei'], rounds: ['tech'] });
    expect(writeSearchState({ q: '', topics: [], rounds: ['tech', 'soft'] })).toBe('?round=soft&round=tech');
    expect(describeResults(2, { q: '', topicLabels: [], roundLabels: ['Technical Vision'] })).toBe('2 questions in Technical Vision');
  });
});
