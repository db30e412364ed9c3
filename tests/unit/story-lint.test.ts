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
const rules = (data: Partial<Question>, body = '*   **Action:** I led it.') => lintStory({ ...base, ...data }, body).map((w) => w.rule);

describe('story linter', () => {
  it('is quiet about a short story with a measured result, told with "I"', () => {
    expect(lintStory(base, '*   **Action:** I led it.\n*   **Result:** It worked.')).toEqual([]);
  });

  it('warns about an answer over 3 minutes aloud, saying why', () => {
    const [warning] = lintStory(base, 'word '.repeat(450));
    expect(warning).toEqual({
      rule: 'long-answer',
      field: 'answer',
      message: 'The answer takes about 3 min 15 s aloud, over 3 minutes.',
      why: expect.stringContaining('follow-up questions'),
    });
  });

  it('warns about a result with no number or measurable outcome', () => {
    expect(rules({ result: 'Everyone was happy with it.' })).toEqual(['unmeasured-result']);
    expect(rules({ result: 'Lead time fell from five days to two.' })).toEqual([]);
    expect(rules({ result: 'Output increased dramatically.' })).toEqual([]);
  });

  it('warns when the Action says "we" far more than "I"', () => {
    const body = '*   **Action:** We met. We agreed our plan, and we shipped it.\n*   **Result:** Done.';
    expect(rules({}, body)).toEqual(['we-not-i']);
    expect(lintStory(base, body)[0]!.message).toBe('The action says “we” 4 times and “I” 0.');
    expect(rules({}, '*   **Action:** I met them. We agreed; I wrote our plan and we shipped it.')).toEqual([]);
  });

  it('warns about STAR lines too long for the cheat sheet', () => {
    const [warning] = lintStory({ ...base, situation: 'x'.repeat(151) }, '');
    expect(warning!.rule).toBe('long-star-line');
    expect(warning!.message).toBe('situation is 151 characters (over 150).');
  });

  it('reads the seed’s entries without failing, and skips drafts', () => {
    const results = lintFolder(QUESTIONS_DIR);
    expect(results).toHaveLength(5);
    expect(lintFolder(join(import.meta.dirname, '../fixtures/content/drafts'))).toEqual([]);
  });
});
