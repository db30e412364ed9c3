import { describe, expect, it } from 'vitest';
import { attemptSignals, keyPointsFrom, modelShares, partSeconds, saidInParts, splitWarnings, type WarningInput } from '../../../src/lib/rehearsal/split.ts';

const labels = ['Situation', 'Task', 'Action', 'Result'];
const base: WarningInput = { seconds: 120, marks: [20, 30, 90], modelWords: [50, 25, 100, 25], labels };

describe('time per part', () => {
  it('splits a recording at the marks', () => {
    expect(partSeconds({ seconds: 120, marks: [20, 30, 90] })).toEqual([20, 10, 60, 30]);
  });
  it('leaves parts never reached as null, and the whole as the first part without marks', () => {
    expect(partSeconds({ seconds: 50, marks: [10] })).toEqual([10, 40, null, null]);
    expect(partSeconds({ seconds: 50, marks: [] })).toEqual([50, null, null, null]);
  });
  it('ends the answer where a follow-up was asked during the recording', () => {
    expect(partSeconds({ seconds: 150, marks: [20, 30, 90], followUpAt: 120 })).toEqual([20, 10, 60, 30]);
    expect(partSeconds({ seconds: 150, marks: [20, 30, 140], followUpAt: 120 })).toEqual([20, 10, 90, null]);
  });
  it('gives the model’s shares from its words', () => {
    expect(modelShares([50, 25, 100, 25])).toEqual([0.25, 0.125, 0.5, 0.125]);
    expect(modelShares([0, 0, 0, 0])).toEqual([0, 0, 0, 0]);
  });
});

describe('warnings', () => {
  const rules = (input: Partial<WarningInput>) => splitWarnings({ ...base, ...input }).map((w) => w.rule);

  it('is quiet about a balanced answer on time', () => {
    expect(rules({})).toEqual([]);
  });

  it('warns when the situation takes over 1.5 times the model’s share and 10 s more', () => {
    // Model: 25% of 120 s = 30 s. 46 s is over 1.5× and 16 s more.
    expect(rules({ marks: [46, 50, 100] })).toEqual(['long-situation']);
    expect(splitWarnings({ ...base, marks: [46, 50, 100] })[0]!.message).toContain('the model answer spends 25% there');
    // 44 s is under 1.5× (45 s).
    expect(rules({ marks: [44, 50, 100] })).toEqual([]);
    // A short answer: 1.5× the share, but under 10 s more.
    expect(rules({ seconds: 20, marks: [9, 12, 15] })).toEqual([]);
  });

  it('warns when the result was never reached, only once parts were marked', () => {
    expect(rules({ marks: [20, 30] })).toEqual(['no-result']);
    expect(splitWarnings({ ...base, marks: [20, 30], labels: ['Context', 'Aim', 'Steps', 'Outcome'] })[0]!.message).toContain('never reached the outcome');
    expect(rules({ marks: [] })).toEqual([]);
  });

  it('leaves the answer’s length to the signals’ one rule: no warning of its own', () => {
    expect(rules({ seconds: 300, marks: [60, 90, 200] })).toEqual([]);
  });
});

describe('how the key points were checked', () => {
  it('by the person’s ticks, by a transcript, or not at all: then there is no figure to give', () => {
    expect(keyPointsFrom({ keyPoints: [false, false] })).toBeUndefined();
    expect(keyPointsFrom({ keyPoints: [false, false], transcript: '  ' })).toBeUndefined();
    expect(keyPointsFrom({ keyPoints: [false, false], transcript: 'I set up a plan.' })).toBe('heard');
    expect(keyPointsFrom({ keyPoints: [false, false], ticked: true })).toBe('ticked');
    expect(keyPointsFrom({ keyPoints: [true, false], transcript: 'I set up a plan.', ticked: true })).toBe('ticked');
  });
  it('reads a record from before the mark: a tick with no transcript to set it was the person’s', () => {
    expect(keyPointsFrom({ keyPoints: [true, false] })).toBe('ticked');
    expect(keyPointsFrom({ keyPoints: [true, false], transcript: 'I set up a plan.' })).toBe('heard');
  });
});

describe('the words said in each part, and what an interviewer hears in them', () => {
  const pieces = [
    { at: 0.5, text: 'Our payments team had let three releases slip.' },
    { at: 4, text: 'I had to get them shipping weekly.' },
    { at: 8, text: 'We capped the work in progress and we paired every morning.' },
    { at: 15, text: 'Releases went out weekly within ten weeks.' },
    { at: 21, text: 'I would do it again.' },
  ];
  const attempt = { seconds: 24, marks: [3, 7, 14], pieces, transcript: pieces.map((piece) => piece.text).join(' ') };

  it('puts a live transcript’s pieces in the parts by when they were said, against the presses; a follow-up’s words left out', () => {
    expect(saidInParts(attempt).assigned).toEqual([0, 1, 2, 3, 3]);
    const followed = saidInParts({ ...attempt, followUp: { question: 'Why?', at: 20 } });
    expect(followed.pieces.map((piece) => piece.text)).toEqual(pieces.slice(0, 4).map((piece) => piece.text));
    // Two presses: the third part runs to the end, the fourth is not reached.
    expect(saidInParts({ ...attempt, marks: [3, 7] }).assigned).toEqual([0, 1, 2, 2, 2]);
  });

  it('guesses no part where neither presses nor the story’s words can say', () => {
    const typed = saidInParts({ seconds: 24, marks: [3, 7, 14], transcript: attempt.transcript });
    expect(typed.assigned).toBeUndefined();
    expect(typed.pieces).toHaveLength(5);
    // Without parts, nothing is said of the action or the result; the rest is heard all the same.
    expect(attemptSignals(typed, 24, 60, ['Situation', 'Task', 'Action', 'Result']).map((signal) => signal.rule)).toEqual(['hedging', 'lesson', 'length']);
  });

  it('says nothing of a result not reached: the split says it is missing', () => {
    const rules = attemptSignals(saidInParts({ ...attempt, marks: [3, 7] }), 24, 60, ['Situation', 'Task', 'Action', 'Result']).map((signal) => signal.rule);
    expect(rules).toContain('ownership');
    expect(rules).not.toContain('result-figure');
    const signals = attemptSignals(saidInParts(attempt), 24, 60, ['Situation', 'Task', 'Action', 'Result']);
    expect(signals.find((signal) => signal.rule === 'ownership')).toMatchObject({ ok: false, quotes: expect.arrayContaining([expect.stringContaining('We capped')]) });
    expect(signals.find((signal) => signal.rule === 'result-figure')).toMatchObject({ ok: true });
  });
});
