import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf } from '../../../src/lib/day.ts';
import { addDays } from '../../../src/lib/day-math.ts';
import { replan } from '../../../src/lib/plan/replan.ts';
import { scheduleKey } from '../../../src/lib/plan/schedule-basis.ts';
import { dueToday } from '../../../src/lib/plan/schedule.ts';
import { RATINGS, emptyProgress, rate, type Progress } from '../../../src/lib/progress.ts';

const QUESTIONS = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, round: 'r' }));
const NOW = new Date(2026, 11, 1, 9, 0);
const TODAY = dayOf(NOW);
const ids = QUESTIONS.map((q) => q.id);
const stored = (value: unknown) => ({ text: JSON.stringify(value), value });

describe('the plan worked out again from the settings as stored', () => {
  it('drops a date that is not a day, says which, and keys the plan to what is kept', () => {
    const { text, value } = stored({ dates: { r: { day: '2026-02-30' }, s: { day: '2026-12-20', time: '14:30' } }, retention: 0.85 });
    const replanned = replan({ progress: emptyProgress(), text, value, questions: QUESTIONS, now: NOW });
    expect(replanned.dropped).toEqual(['r']);
    expect(replanned.settings).toEqual({ dates: { s: { day: '2026-12-20', time: '14:30' } }, retention: 0.85 });
    expect(replanned.text).toBe(JSON.stringify(replanned.settings));
    expect(replanned.schedule.key).toBe(scheduleKey(emptyProgress(), replanned.text));
  });

  it('keeps the stored text, and its key, when everything in it reads', () => {
    const { text, value } = stored({ dates: { r: { day: '2026-12-11' } }, retention: 0.9 });
    const replanned = replan({ progress: emptyProgress(), text, value, questions: QUESTIONS, now: NOW });
    expect(replanned).toMatchObject({ dropped: [], text });
    expect(replanned.schedule.key).toBe(scheduleKey(emptyProgress(), text));
  });

  it('reads text that is not JSON as no plan at all, and says so; no text is simply no plan', () => {
    expect(replan({ progress: emptyProgress(), text: '{"dates":', value: undefined, questions: QUESTIONS, now: NOW })).toMatchObject({ dropped: ['the plan'], settings: { dates: {}, retention: 0.9 } });
    expect(replan({ progress: emptyProgress(), text: null, value: undefined, questions: QUESTIONS, now: NOW })).toMatchObject({ dropped: [], text: null });
  });

  it('keeps a session done for the day done: after its ratings, nothing more is due today', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 30 }), fc.array(fc.constantFrom(...RATINGS), { minLength: 5, maxLength: 5 }), (days, ratings) => {
        const { text, value } = stored({ dates: { r: { day: addDays(TODAY, days) } }, retention: 0.9 });
        let progress: Progress = emptyProgress();
        let { schedule } = replan({ progress, text, value, questions: QUESTIONS, now: NOW });
        const session = dueToday(ids, progress, schedule, TODAY);
        session.forEach((id, i) => {
          const at = new Date(NOW.getTime() + (i + 1) * 60_000);
          progress = rate(progress, id, ratings[i]!, at);
          schedule = replan({ progress, text, value, questions: QUESTIONS, now: at, kept: schedule }).schedule;
        });
        expect(dueToday(ids, progress, schedule, TODAY)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('says when the next session is, in words', () => {
    const { text, value } = stored({ dates: {}, retention: 0.9 });
    const progress = rate(emptyProgress(), 'a', 'nailed-it', NOW);
    const { next } = replan({ progress, text, value, questions: [{ id: 'a', round: 'r' }], now: NOW });
    expect(next).toMatch(/^\w+day \d+ December \(1\)$/);
  });
});
