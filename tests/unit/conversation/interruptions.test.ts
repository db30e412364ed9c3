import { describe, expect, it } from 'vitest';
import { COMMON_PROBES, dueForInterruption, probeFor, resultReached } from '../../../src/lib/conversation/interruptions.ts';

describe('the interviewer who interrupts', () => {
  it('cuts in past 40% of the answer’s target time, never before, and never without a target', () => {
    expect(dueForInterruption(39.9, 100)).toBe(false);
    expect(dueForInterruption(40, 100)).toBe(true);
    expect(dueForInterruption(60, 100)).toBe(true);
    expect(dueForInterruption(10, 0)).toBe(false);
  });

  it('asks the story’s own follow-ups first, then the common probes, each not asked before', () => {
    expect(probeFor(['Why then?'], [])).toBe('Why then?');
    expect(probeFor(['Why then?'], ['Why then?'])).toBe(COMMON_PROBES[0]);
    expect(probeFor([], [COMMON_PROBES[0], COMMON_PROBES[1]])).toBe(COMMON_PROBES[2]);
    // All asked: the first again.
    expect(probeFor([], [...COMMON_PROBES])).toBe(COMMON_PROBES[0]);
  });

  it('says whether the result was reached after it: from the parts pressed, else the transcript’s parts, else not at all', () => {
    const cut = { question: 'What did it cost?', at: 40, back: 55 };
    expect(resultReached(cut, [10, 20, 70])).toBe(true);
    expect(resultReached(cut, [10, 20])).toBe(false);
    const said = { pieces: [{ at: 5 }, { at: 30 }, { at: 60 }], assigned: [0, 2, 3] };
    expect(resultReached(cut, [], said)).toBe(true);
    expect(resultReached(cut, [], { ...said, assigned: [0, 2, 2] })).toBe(false);
    // The result said only before the interruption is not reached after it.
    expect(resultReached(cut, [], { pieces: [{ at: 5 }, { at: 30 }], assigned: [0, 3] })).toBe(false);
    expect(resultReached(cut, [], { pieces: [{ at: 5 }] })).toBeUndefined();
    expect(resultReached(cut, [])).toBeUndefined();
  });
});
