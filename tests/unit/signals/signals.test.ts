import { describe, expect, it } from 'vitest';
import { hasFigure, lengthVerdict, spokenSignals, writtenSignals, type Signal, type SignalRule } from '../../../src/lib/signals/signals.ts';

const LABELS = ['Situation', 'Task', 'Action', 'Result'];
const of = (signals: Signal[], rule: SignalRule) => signals.find((signal) => signal.rule === rule)!;

// An answer as a recogniser gives it, each piece with its part.
const PIECES = [
  { text: 'so um about three months after we promoted him his team slowed down', part: 0 },
  { text: 'my goal was to help him stop being the hero', part: 1 },
  { text: 'so we sat down and we made a thirty day plan', part: 2 },
  { text: 'and we moved all the code reviews to his tech lead', part: 2 },
  { text: 'and i think it kind of worked', part: 3 },
  { text: 'his team stepped up a lot', part: 3 },
];
const answer = (changes = {}) => ({ pieces: PIECES, assigned: PIECES.map((piece) => piece.part), seconds: 60, target: 120, labels: LABELS, ...changes });

describe('the signals of an answer said aloud', () => {
  it('one of each rule, in order', () => {
    expect(spokenSignals(answer()).map((signal) => signal.rule)).toEqual(['ownership', 'result-figure', 'hedging', 'lesson', 'length']);
  });

  it('ownership: the action told with "we", quoting it', () => {
    expect(of(spokenSignals(answer()), 'ownership')).toEqual({
      rule: 'ownership',
      ok: false,
      message: 'Your action is told with “we”: “so we sat down and we…”. Say what you did, with “I”.',
      quotes: ['so we sat down and we…', '…sat down and we made a thirty day…', 'and we moved all the code…'],
    });
  });

  it('a result without a figure is advice; with one, in words or digits, it is not', () => {
    expect(of(spokenSignals(answer()), 'result-figure')).toMatchObject({ ok: false, quotes: ['and i think it kind of worked'] });
    const figure = PIECES.map((piece, i) => (i === 5 ? { ...piece, text: 'a year later he was one of our best managers' } : piece));
    expect(of(spokenSignals(answer({ pieces: figure })), 'result-figure')).toMatchObject({ ok: true, quotes: ['a year later he was one of our best managers'] });
  });

  it('hedging: each hedge quoted, apart from the filler count', () => {
    expect(of(spokenSignals(answer()), 'hedging')).toMatchObject({ ok: false, quotes: ['and i think it kind of worked', 'and i think it kind of worked'] });
    expect(of(spokenSignals(answer()), 'hedging').message).toBe('You sound unsure 2 times: “and i think it kind of worked”. Say it plainly.');
  });

  it('the lesson: said or not', () => {
    expect(of(spokenSignals(answer()), 'lesson')).toMatchObject({ ok: false, quotes: [] });
    const lesson = [...PIECES, { text: 'what i learned is new managers need help letting go', part: 3 }];
    expect(of(spokenSignals(answer({ pieces: lesson, assigned: lesson.map((piece) => piece.part) })), 'lesson')).toMatchObject({ ok: true });
  });

  it('length: under a third of the target is short, over it long, else within', () => {
    expect(lengthVerdict(39, 120)).toBe('short');
    expect(lengthVerdict(40, 120)).toBe('ok');
    expect(lengthVerdict(120, 120)).toBe('ok');
    expect(lengthVerdict(121, 120)).toBe('long');
    expect(of(spokenSignals(answer({ seconds: 30 })), 'length')).toMatchObject({ ok: false });
  });

  it('says nothing of the action or the result where their parts are not known, or have no words: none is guessed', () => {
    expect(spokenSignals(answer({ assigned: undefined })).map((signal) => signal.rule)).toEqual(['hedging', 'lesson', 'length']);
    expect(spokenSignals(answer({ assigned: PIECES.map((piece) => Math.min(piece.part, 2)) })).map((signal) => signal.rule)).toEqual(['ownership', 'hedging', 'lesson', 'length']);
  });
});

describe('a result’s figure, in words or digits', () => {
  it.each(['went up 40%', 'forty percent fewer pages', 'a year later', 'within a quarter', 'three teams moved', 'output doubled', 'half the services'])('"%s" has one', (text) =>
    expect(hasFigure(text)).toBe(true),
  );
  it.each(['one of our best managers', 'no one left', 'the one thing that mattered', 'it worked out'])('"%s" has none', (text) => expect(hasFigure(text)).toBe(false));
});

describe('the signals of a story written down', () => {
  it('reads the action and result lines, and hedges and the lesson in all of it; no length', () => {
    const signals = writtenSignals({
      lines: ['Our team missed two dates.', 'Get delivery back on track.', 'We re-planned. We split the work. We hired two people.', 'We probably shipped faster.'],
      answer: 'Looking back, I should have asked for help sooner.',
      labels: ['Context', 'Aim', 'Steps', 'Outcome'],
    });
    expect(signals.map((signal) => [signal.rule, signal.ok])).toEqual([
      ['ownership', false],
      ['result-figure', false],
      ['hedging', false],
      ['lesson', true],
    ]);
    expect(signals[0]!.message).toBe('Your steps are told with “we”: “We re-planned”. Say what you did, with “I”.');
  });

  it('reads ownership in the action as the answer tells it, when given; says a lesson is missing from what is written, not heard', () => {
    const lines = ['A team missed two dates.', 'Get delivery back on track.', 'Re-plan the work.', 'Releases went out weekly.'] as const;
    const [ownership, , , lesson] = writtenSignals({ lines, action: 'I re-planned the work. I split it in two.', labels: ['Situation', 'Task', 'Action', 'Result'] });
    expect(ownership).toMatchObject({ ok: true, quotes: ['I re-planned the work'] });
    expect(lesson).toEqual({ rule: 'lesson', ok: false, message: 'No lesson in your answer: say what you learned.', quotes: [] });
    expect(writtenSignals({ lines, action: 'We re-planned. We split the work.', labels: ['Situation', 'Task', 'Action', 'Result'] })[0]!.ok).toBe(false);
  });
});
