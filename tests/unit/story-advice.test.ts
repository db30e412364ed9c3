import { describe, expect, it } from 'vitest';
import { storyAdvice } from '../../src/lib/story-advice.ts';
import { entryProblems } from '../../src/lib/story-rules.ts';

// The linter's and the editor's advice (story-lint.test.ts has each rule on an entry's Markdown).
describe('advice on a story, from the one set of rules (signals/)', () => {
  it('advises as the linter does: over 3 minutes, no figure in the result, “we” for “I”, hedges, no lesson, a line too long for the sheet', () => {
    const advice = storyAdvice({
      situation: 'x'.repeat(151),
      task: 'Ship it.',
      action: 'We planned.',
      result: 'Everyone was pleased.',
      seconds: 200,
      actionTold: 'We met. We agreed our plan, and we shipped it.',
      answer: 'We met, and maybe that was enough.',
    });
    expect(advice.map(({ rule, field }) => `${rule} ${field}`)).toEqual([
      'long-answer answer',
      'unmeasured-result result',
      'we-not-i action',
      'hedging answer',
      'no-lesson answer',
      'long-star-line situation',
    ]);
  });

  it('quotes what it is about and says why, at the field it concerns', () => {
    const lines = { situation: 'A platform team missed every release.', task: 'Get them shipping.', action: 'Re-plan.', result: 'It went well.' };
    const advice = storyAdvice({ ...lines, seconds: 60, actionTold: 'The work was split and a plan was put in place.', answer: 'I guess it went well. Looking back, I would start sooner.' });
    expect(advice).toEqual([
      { rule: 'unmeasured-result', field: 'result', message: 'Your result has no figure (“It went well”): say how much, how fast or how many.', why: expect.stringContaining('figure') },
      { rule: 'we-not-i', field: 'action', message: 'Your action is told passively: “The work was split and a plan…”. Say what you did, with “I”.', why: expect.stringContaining('what you did yourself') },
      { rule: 'hedging', field: 'answer', message: 'You sound unsure once: “I guess it went well”. Say it plainly.', why: expect.stringContaining('unsure') },
    ]);
    // An approach names its parts as it does: its steps, its outcome.
    expect(storyAdvice({ ...lines, kind: 'approach', seconds: 60, actionTold: 'We re-planned. We split it.' }).map((item) => item.message)).toEqual([
      'Your outcome has no figure (“It went well”): say how much, how fast or how many.',
      'Your steps are told with “we”: “We re-planned”. Say what you did, with “I”.',
    ]);
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
