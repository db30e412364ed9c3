import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatReport, type ContentReport } from '../../src/cli/check-content.ts';
import { QUESTIONS_DIR } from './helpers/content-files.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/content');
const invalid = await checkContent(join(FIXTURES, 'invalid'));

/** Every reported problem of one fixture, as "line field: message". */
function problemsOf(report: ContentReport, name: string): string[] {
  const entry = report.entries.find((e) => e.file.endsWith(`/${name}`));
  if (!entry) throw new Error(`no fixture ${name}`);
  return entry.problems.map((p) => `${p.line ?? '-'} ${p.field}: ${p.message}`);
}

describe('content checker', () => {
  it('accepts the seed’s five entries', async () => {
    const report = await checkContent(QUESTIONS_DIR);
    expect(report.entries).toHaveLength(5);
    expect(report.invalid).toBe(0);
    expect(formatReport(report)).toMatch(/^All 5 entries valid\nBank: \d+ questions in \d+ files, all valid$/);
  });

  it('reports every problem of an entry at once, with line, field, expected and found', () => {
    expect(problemsOf(invalid, 'wrong-types.mdx')).toEqual([
      '- task: expected text, found nothing (the field is missing)',
      '4 order: expected a number, found "two"',
      '5 kind: expected one of "story", "approach", found "anecdote"',
      expect.stringMatching(/^6 topics\.1: expected a topic from the vocabulary \(people-management, .*; defined in src\/lib\/topics\.ts\), found "negotiation"$/),
      '10 keyPoints: keyPoints needs at least two lines, found a list of 1',
    ]);
  });

  it('catches the same order and the same title in two entries', () => {
    expect(problemsOf(invalid, 'duplicate-a.mdx')).toEqual([]);
    expect(problemsOf(invalid, 'duplicate-b.mdx')).toEqual([
      '2 title: expected a unique title, found "Same title", as in tests/fixtures/content/invalid/duplicate-a.mdx',
      '4 order: expected a unique order, found 7, as in tests/fixtures/content/invalid/duplicate-a.mdx',
    ]);
  });

  it('reports YAML that does not parse with its line and column', () => {
    const entry = invalid.entries.find((e) => e.file.endsWith('bad-yaml.mdx'))!;
    expect(entry.problems).toEqual([
      expect.objectContaining({ line: 5, column: 9, field: '(YAML)', message: expect.stringMatching(/^the frontmatter is not valid YAML: /) }),
    ]);
  });

  it('reports an MDX body that does not compile with its line in the file', () => {
    expect(problemsOf(invalid, 'bad-mdx.mdx')).toEqual([
      expect.stringMatching(/^16 \(answer\): the MDX body does not compile: .*closing brace/),
    ]);
  });

  it('rejects placeholders left in a published entry, in the frontmatter and in the answer', () => {
    expect(problemsOf(invalid, 'placeholder.mdx')).toEqual([
      '3 question: question is still a placeholder ("TODO: …"): write your own, or mark the entry draft: true',
      '14 (answer): expected your answer, found a placeholder line from `npm run new` (or mark the entry draft: true)',
    ]);
  });

  it('checks the optional follow-ups: at most six, none empty, no placeholder', () => {
    expect(problemsOf(invalid, 'bad-follow-ups.mdx')).toEqual(['12 followUps: followUps takes at most six questions, found a list of 7']);
    expect(problemsOf(invalid, 'placeholder-follow-up.mdx')).toEqual([
      '13 followUps.0: followUps is still a placeholder ("TODO: …"): write your own, or mark the entry draft: true',
      '14 followUps.1: a follow-up must not be empty, found ""',
    ]);
  });

  it('sums up and names every file with its line in the printed report', () => {
    const text = formatReport(invalid);
    expect(text.split('\n').at(-1)).toBe('7 of 8 entries invalid');
    expect(text).toContain('tests/fixtures/content/invalid/wrong-types.mdx:4  order: expected a number, found "two"');
    expect(text).toContain('tests/fixtures/content/invalid/bad-yaml.mdx:5:9  (YAML)');
  });

  it('lists a draft and what is still a placeholder, without failing', async () => {
    const drafts = await checkContent(join(FIXTURES, 'drafts'));
    expect(drafts.invalid).toBe(0);
    expect(formatReport(drafts)).toBe(
      [
        'tests/fixtures/content/drafts/half-written.mdx  draft (left out of the site); still to write: question, task, action, result, keyPoints, topics, the answer (line 17)',
        'All 1 entries valid (1 draft)',
      ].join('\n'),
    );
  });
});
