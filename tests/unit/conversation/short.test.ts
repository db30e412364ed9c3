import { describe, expect, it } from 'vitest';
import { SHORT_SECONDS, shortQuestion, shortSignals, withinShort } from '../../../src/lib/conversation/short.ts';

const rule = (signals: ReturnType<typeof shortSignals>, name: string) => signals.find((signal) => signal.rule === name);

describe('the short version', () => {
  it('is asked for by the story’s title, against 0:30', () => {
    expect(SHORT_SECONDS).toBe(30);
    expect(shortQuestion(' Managing Managers ')).toBe('Give me the short version of “Managing Managers”.');
  });

  it('is judged against 30 s: under a third short, over it long', () => {
    const said = [{ at: 0, text: 'I coached him to delegate and his team’s output doubled.' }];
    expect(rule(shortSignals(said, 25), 'length')?.ok).toBe(true);
    expect(rule(shortSignals(said, 8), 'length')?.message).toMatch(/^Short/);
    expect(rule(shortSignals(said, 41), 'length')?.message).toMatch(/^Over its time/);
  });

  it('expects the result with its figure within the 30 s', () => {
    const late = [
      { at: 0, text: 'I coached a new manager who had become a bottleneck.' },
      { at: 32, text: 'A year later his team’s output had doubled.' },
    ];
    expect(withinShort(late)).toHaveLength(1);
    const signal = rule(shortSignals(late, 40), 'result-figure')!;
    expect(signal.ok).toBe(false);
    expect(signal.message).toMatch(/short version has no figure/);
    const inTime = [{ at: 0, text: 'I coached a new manager; a year later his team’s output had doubled.' }];
    expect(rule(shortSignals(inTime, 20), 'result-figure')?.ok).toBe(true);
    // Only the length and the result: no other signal for 30 s.
    expect(shortSignals(inTime, 20).map((signal) => signal.rule).sort()).toEqual(['length', 'result-figure']);
  });
});
