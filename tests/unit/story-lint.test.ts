import { describe, expect, it } from 'vitest';
import { lintStory } from '../../src/lib/story-lint.ts';
import { lintFolder } from '../../src/cli/lint-content.ts';
import type { Question } from '../../src/schemas/question.ts';
import { QUESTIONS_DIR } from './helpers/content-files.ts';
import { join } from 'node:path';

const base: Question = {
  title: 'A story',
  question: 'Tell me about a time.',
  order: 1,
  topics: ['influence'],
  kind: 'story',
  situation: 'A situation.',
  task: 'A task.',
  action: 'I did a thing.',
  result: 'Costs fell by 40%.',
  keyPoints: ['one', 'two'],
  followUps: [],
  draft: false,
};
/** What the linter warns about; the answer tells its lesson unless `body` is given. */
const LESSON = '*   **Result:** It worked. What I learned is to ask early.';
const rules = (data: Partial<Question>, body = `*   **Action:** I led it.\n${LESSON}`) => lintStory({ ...base, ...data }, body).map((w) => w.rule);

describe('story linter', () => {
  it('is quiet about a short story with a measured result, told with "I", that says what was learned', () => {
    expect(lintStory(base, `*   **Action:** I led it.\n${LESSON}`)).toEqual([]);
  });

  it('warns about an answer over 3 minutes aloud, saying why', () => {
    const [warning] = lintStory(base, `${'word '.repeat(450)}\n\nWhat I learned is to ask early.`);
    expect(warning).toEqual({
      rule: 'long-answer',
      field: 'answer',
      message: 'The answer takes about 3 min 15 s aloud, over 3 minutes.',
      why: expect.stringContaining('follow-up questions'),
    });
  });

  it('warns about a result with no figure, in words or digits, quoting it (the signals’ rule)', () => {
    expect(rules({ result: 'Everyone was happy with it.' })).toEqual(['unmeasured-result']);
    expect(lintStory({ ...base, result: 'Everyone was happy with it.' }, LESSON)[0]!.message).toBe('Your result has no figure (“Everyone was happy with it”): say how much, how fast or how many.');
    expect(rules({ result: 'Lead time fell from five days to two.' })).toEqual([]);
    expect(rules({ result: 'Output doubled within a quarter.' })).toEqual([]);
    // A word of change is no figure.
    expect(rules({ result: 'Output increased dramatically.' })).toEqual(['unmeasured-result']);
  });

  it('warns when the Action is told with "we" far more than "I", or passively, quoting it', () => {
    const body = `*   **Action:** We met. We agreed our plan, and we shipped it.\n${LESSON}`;
    expect(rules({}, body)).toEqual(['we-not-i']);
    expect(lintStory(base, body)[0]).toMatchObject({ field: 'action', message: 'Your action is told with “we”: “We met”. Say what you did, with “I”.' });
    expect(lintStory(base, `*   **Action:** A plan was put in place and the work was split in two.\n${LESSON}`)[0]!.message).toBe('Your action is told passively: “A plan was put in place and…”. Say what you did, with “I”.');
    expect(rules({}, `*   **Action:** I met them. We agreed; I wrote our plan and we shipped it.\n${LESSON}`)).toEqual([]);
  });

  it('warns about hedges at the line or the answer they are in, quoting the first', () => {
    const [warning] = lintStory({ ...base, task: 'I think the task was to cut costs.' }, `*   **Action:** I led it.\n${LESSON}`);
    expect(warning).toMatchObject({ rule: 'hedging', field: 'task', message: 'You sound unsure once: “I think the task was to…”. Say it plainly.' });
    expect(lintStory(base, `*   **Action:** I led it, and it was probably the right call.\n${LESSON}`)[0]).toMatchObject({ rule: 'hedging', field: 'answer' });
  });

  it('warns about a story that says nothing of what was learned; an approach is asked for no lesson', () => {
    expect(lintStory(base, '*   **Action:** I led it.\n*   **Result:** It worked.')).toEqual([
      { rule: 'no-lesson', field: 'answer', message: 'No lesson in your answer: say what you learned.', why: expect.stringContaining('what you took from it') },
    ]);
    expect(rules({ kind: 'approach' }, 'I set the goal first.\n\n1. I ask each team for its plan.')).toEqual([]);
  });

  it('warns about STAR lines too long for the cheat sheet', () => {
    const [warning] = lintStory({ ...base, situation: 'x'.repeat(151) }, LESSON);
    expect(warning!.rule).toBe('long-star-line');
    expect(warning!.message).toBe('situation is 151 characters (over 150).');
  });

  it('reads the seed’s entries without failing, and skips drafts', () => {
    const results = lintFolder(QUESTIONS_DIR);
    expect(results).toHaveLength(5);
    expect(lintFolder(join(import.meta.dirname, '../fixtures/content/drafts'))).toEqual([]);
  });
});
