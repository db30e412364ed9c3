import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf } from '../../../src/lib/day.ts';
import { addDays } from '../../../src/lib/day-math.ts';
import { cleanSettings, replan } from '../../../src/lib/plan/replan.ts';
import { scheduleKey } from '../../../src/lib/plan/schedule-basis.ts';
import { dueToday } from '../../../src/lib/plan/schedule.ts';
import { RATINGS, emptyProgress, rate, type Progress } from '../../../src/lib/progress.ts';

const QUESTIONS = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, round: 'r' }));
const NOW = new Date(2026, 11, 1, 9, 0);
const TODAY = dayOf(NOW);
const ids = QUESTIONS.map((q) => q.id);

describe('the plan worked out again from the settings as stored', () => {
  it('drops a date that is not a day, says which, and keys the plan to the settings as they will be kept', () => {
    const settings = { dates: { r: { day: '2026-02-30' }, s: { day: '2026-12-20', time: '14:30' } }, retention: 0.85, version: 1 };
    const replanned = replan({ progress: emptyProgress(), settings, questions: QUESTIONS, now: NOW });
    expect(replanned.dropped).toEqual(['r']);
    expect(replanned.settings).toEqual({ dates: { s: { day: '2026-12-20', time: '14:30' } }, retention: 0.85 });
    expect(cleanSettings(settings)).toEqual({ ...replanned.settings, version: 1 });
    expect(replanned.schedule.key).toBe(scheduleKey(emptyProgress(), cleanSettings(settings)));
  });

  it('keys the plan to the settings as stored when everything in them reads', () => {
    const settings = { dates: { r: { day: '2026-12-11' } }, retention: 0.9, version: 1 };
    const replanned = replan({ progress: emptyProgress(), settings, questions: QUESTIONS, now: NOW });
    expect(replanned.dropped).toEqual([]);
    expect(replanned.schedule.key).toBe(scheduleKey(emptyProgress(), settings));
  });

  it('reads settings that cannot be read at all (null) as no plan, and says so; none stored is simply no plan', () => {
    expect(replan({ progress: emptyProgress(), settings: null, questions: QUESTIONS, now: NOW })).toMatchObject({ dropped: ['the plan'], settings: { dates: {}, retention: 0.9 } });
    expect(replan({ progress: emptyProgress(), settings: undefined, questions: QUESTIONS, now: NOW })).toMatchObject({ dropped: [] });
  });

  it('keeps a session done for the day done: after its ratings, nothing more is due today', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 30 }), fc.array(fc.constantFrom(...RATINGS), { minLength: 5, maxLength: 5 }), (days, ratings) => {
        const settings = { dates: { r: { day: addDays(TODAY, days) } }, retention: 0.9 };
        let progress: Progress = emptyProgress();
        let { schedule } = replan({ progress, settings, questions: QUESTIONS, now: NOW });
        const session = dueToday(ids, progress, schedule, TODAY);
        session.forEach((id, i) => {
          const at = new Date(NOW.getTime() + (i + 1) * 60_000);
          progress = rate(progress, id, ratings[i]!, at);
          schedule = replan({ progress, settings, questions: QUESTIONS, now: at, kept: schedule }).schedule;
        });
        expect(dueToday(ids, progress, schedule, TODAY)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('says when the next session is, in words', () => {
    const progress = rate(emptyProgress(), 'a', 'nailed-it', NOW);
    const { next } = replan({ progress, settings: { dates: {}, retention: 0.9 }, questions: [{ id: 'a', round: 'r' }], now: NOW });
    expect(next).toMatch(/^\w+day \d+ December \(1\)$/);
  });
});
