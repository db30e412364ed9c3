import { describe, expect, it } from 'vitest';
import { questionSchema } from '../../src/schemas/question.ts';
import { TOPICS } from '../../src/lib/topics.ts';
import { readEntries } from './helpers/content-files.ts';

const entries = readEntries();
const valid = entries[0]!.data;

/** The first problem zod reports, as "path: message". */
function firstIssue(data: unknown): string {
  const result = questionSchema.safeParse(data);
  if (result.success) return 'accepted';
  const issue = result.error.issues[0]!;
  return `${issue.path.join('.')}: ${issue.message}`;
}

describe('question schema', () => {
  it('accepts the five entries', () => {
    expect(entries).toHaveLength(5);
    for (const { file, data } of entries) {
      expect(questionSchema.safeParse(data).success, file).toBe(true);
    }
  });

  it('has three stories and two approaches, each with two to four key points', () => {
    const kinds = entries.map(({ data }) => questionSchema.parse(data).kind).sort();
    expect(kinds).toEqual(['approach', 'approach', 'story', 'story', 'story']);
  });

  it.each(['situation', 'task', 'action', 'result'])('rejects an entry missing %s, naming it', (field) => {
    const { [field]: _removed, ...rest } = valid;
    expect(firstIssue(rest)).toBe(`${field}: ${field} is required: one or two short sentences`);
  });

  it('rejects a STAR line over 160 characters', () => {
    expect(firstIssue({ ...valid, result: 'x'.repeat(161) })).toBe('result: result must be at most 160 characters');
  });

  it('rejects an unknown topic, naming the field and the allowed ones', () => {
    const message = firstIssue({ ...valid, topics: ['coaching', 'negotiation'] });
    expect(message).toMatch(/^topics\.1: /);
    expect(message).toContain('people-management');
  });

  it('rejects an empty topic list', () => {
    expect(firstIssue({ ...valid, topics: [] })).toBe('topics: topics needs at least one topic');
  });

  it('rejects placeholders left by `npm run new` unless the entry is a draft', () => {
    const withPlaceholders = { ...valid, task: 'TODO: what you had to achieve', keyPoints: ['TODO: a figure', 'Real point'] };
    const result = questionSchema.safeParse(withPlaceholders);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'task: task is still a placeholder ("TODO: …"): write your own, or mark the entry draft: true',
      'keyPoints.0: keyPoints is still a placeholder ("TODO: …"): write your own, or mark the entry draft: true',
    ]);
    expect(questionSchema.safeParse({ ...withPlaceholders, topics: [], draft: true }).success).toBe(true);
  });

  it('takes up to six follow-ups, defaulting to none (the site’s bank then asks)', () => {
    expect(questionSchema.parse(valid).followUps).toEqual([]);
    expect(questionSchema.parse({ ...valid, followUps: ['Why then?', 'What next?'] }).followUps).toEqual(['Why then?', 'What next?']);
    expect(firstIssue({ ...valid, followUps: Array.from({ length: 7 }, (_, i) => `Q${i}?`) })).toBe('followUps: followUps takes at most six questions');
    expect(firstIssue({ ...valid, followUps: ['x'.repeat(161)] })).toBe('followUps.0: a follow-up must be at most 160 characters');
    expect(firstIssue({ ...valid, followUps: 'Why?' })).toMatch(/^followUps: /);
  });

  it('defaults draft to false', () => {
    expect(questionSchema.parse(valid).draft).toBe(false);
  });

  it('rejects a wrong type, naming the field', () => {
    expect(firstIssue({ ...valid, order: 'first' })).toMatch(/^order: .*expected number/i);
  });

  it('rejects a kind outside story and approach', () => {
    expect(firstIssue({ ...valid, kind: 'anecdote' })).toMatch(/^kind: /);
  });

  it('rejects one key point and five key points', () => {
    expect(firstIssue({ ...valid, keyPoints: ['one'] })).toBe('keyPoints: keyPoints needs at least two lines');
    expect(firstIssue({ ...valid, keyPoints: ['1', '2', '3', '4', '5'] })).toBe('keyPoints: keyPoints takes at most four lines');
  });

  it('uses only topics with a human label', () => {
    for (const { data } of entries) {
      for (const topic of questionSchema.parse(data).topics) expect(TOPICS[topic]).toMatch(/\w/);
    }
  });
});
