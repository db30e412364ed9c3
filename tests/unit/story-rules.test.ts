import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { questionSchema } from '../../src/schemas/question.ts';
import { LIMITS, PLACEHOLDER, entryProblems, storyAdvice, type EntryText } from '../../src/lib/story-rules.ts';
import { TOPIC_IDS } from '../../src/lib/topics.ts';

/** Text around a limit: empty, blank, a placeholder, short, at the limit, just over it. */
const text = (max: number) =>
  fc.oneof(
    fc.constant(''),
    fc.constant('   '),
    fc.constant(`${PLACEHOLDER} fill me in`),
    fc.string({ minLength: 1, maxLength: 20 }),
    fc.integer({ min: Math.max(1, max - 3), max: max + 3 }).map((length) => 'x'.repeat(length)),
  );

/** An entry's text fields as a writer (or the editor's form) may leave them, good or bad. */
const entry: fc.Arbitrary<EntryText> = fc.record({
  title: text(LIMITS.title),
  question: fc.oneof(fc.constant(''), fc.constant('What did you do?'), fc.constant(`${PLACEHOLDER} the question`)),
  topics: fc.subarray([...TOPIC_IDS], { maxLength: 3 }),
  situation: text(LIMITS.line),
  task: text(LIMITS.line),
  action: text(LIMITS.line),
  result: text(LIMITS.line),
  keyPoints: fc.array(text(LIMITS.line), { maxLength: 6 }),
  followUps: fc.array(text(LIMITS.line), { maxLength: 8 }),
});

const paths = (list: { path: readonly PropertyKey[] }[]) => list.map(({ path }) => path.join('.')).sort();

describe('one set of rules for the build and the browser', () => {
  it('the editor’s check and the build’s schema agree on every generated entry: accepted, or rejected at the same fields', () => {
    fc.assert(
      fc.property(entry, fc.boolean(), (fields, draft) => {
        const built = questionSchema.safeParse({ ...fields, order: 1, kind: 'story', draft });
        const problems = entryProblems(fields, draft);
        expect(built.success).toBe(problems.length === 0);
        expect(built.success ? [] : paths(built.error.issues)).toEqual(paths(problems));
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts a complete entry and names each broken limit', () => {
    const good: EntryText = {
      title: 'Turning around a platform team',
      question: 'Tell me about a time you turned a team around.',
      topics: ['people-management'],
      situation: 'A platform team missed every release.',
      task: 'Get them shipping again within a quarter.',
      action: 'I cut the work in progress to three items.',
      result: 'Releases went from monthly to weekly in 10 weeks.',
      keyPoints: ['Three items in progress', 'Weekly releases in 10 weeks'],
      followUps: [],
    };
    expect(entryProblems(good)).toEqual([]);
    expect(entryProblems({ ...good, title: 'x'.repeat(71), keyPoints: ['one'], followUps: Array(7).fill('Why?') }).map((p) => p.message)).toEqual([
      'title must be at most 70 characters',
      'keyPoints needs at least two lines',
      'followUps takes at most six questions',
    ]);
  });

  it('advises as the linter does: over 3 minutes, no figure in the result, “we” for “I”, a line too long for the sheet', () => {
    const advice = storyAdvice({
      situation: 'x'.repeat(151),
      task: 'Ship it.',
      action: 'We planned.',
      result: 'Everyone was pleased.',
      seconds: 200,
      actionTold: 'We met. We agreed our plan, and we shipped it.',
    });
    expect(advice.map(({ rule, field }) => `${rule} ${field}`)).toEqual(['long-answer answer', 'unmeasured-result result', 'we-not-i action', 'long-star-line situation']);
  });
  it('says one message per rule: a line past its limit is the rule’s, never also the sheet’s advice', () => {
    const lines = { task: 'Ship it.', action: 'I planned.', result: 'Cut costs by 20%.', seconds: 60, actionTold: 'I planned.' };
    const long = (n: number) => storyAdvice({ ...lines, situation: 'x'.repeat(n) }).filter(({ rule }) => rule === 'long-star-line');
    expect(long(150)).toEqual([]);
    expect(long(155)).toHaveLength(1);
    expect(long(160)).toHaveLength(1);
    // 162: over the line's limit, which the rule says (entryProblems) with its one figure.
    expect(long(162)).toEqual([]);
    const situation = { title: 'T', question: 'Q', topics: ['x'], situation: 'x'.repeat(162), task: 't', action: 'a', result: 'r', keyPoints: ['a', 'b'], followUps: [] };
    expect(entryProblems(situation).map((problem) => problem.message)).toEqual(['situation must be at most 160 characters']);
  });
});
