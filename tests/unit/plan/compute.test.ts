import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf } from '../../../src/lib/day.ts';
import { addDays, daysBetween } from '../../../src/lib/day-math.ts';
import { computeSchedule } from '../../../src/lib/plan/compute.ts';
import { dueToday } from '../../../src/lib/plan/schedule.ts';
import { defaultSettings, type PlanSettings } from '../../../src/lib/plan/settings.ts';
import { RATINGS, emptyProgress, fromReviews, rate, type Review } from '../../../src/lib/progress.ts';
import { mergeProgress } from '../../../src/lib/transfer/merge.ts';

const QUESTIONS = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, round: 'r' }));
const NOW = new Date(2026, 11, 1, 18, 0);
const TODAY = dayOf(NOW);

/** Logs of up to 30 reviews over the last 40 days, some on this device, some on another. */
const logs = fc.array(
  fc.record({
    q: fc.constantFrom(...QUESTIONS.map((q) => q.id)),
    r: fc.constantFrom(...RATINGS),
    ago: fc.integer({ min: 0, max: 40 * 24 * 60 }),
    here: fc.boolean(),
    from: fc.constantFrom('practice' as const, 'interview' as const),
  }),
  { maxLength: 30 },
);
const split = (entries: { q: string; r: Review['r']; ago: number; here: boolean; from: Review['from'] }[]) => {
  const review = ({ q, r, ago, from }: (typeof entries)[number]): Review => ({ q, r, at: new Date(NOW.getTime() - ago * 60_000).toISOString(), from });
  return [fromReviews(entries.filter((e) => e.here).map(review)), fromReviews(entries.filter((e) => !e.here).map(review))] as const;
};
const withDate = (days: number): PlanSettings => ({ ...defaultSettings(), dates: { r: { day: addDays(TODAY, days) } } });

describe('the schedule worked out from the reviews', () => {
  it('is the same whichever way two devices’ reviews are merged, and merging again changes nothing', () => {
    fc.assert(
      fc.property(logs, fc.integer({ min: 0, max: 20 }), (entries, days) => {
        const [here, there] = split(entries);
        const settings = days ? withDate(days) : defaultSettings();
        const one = mergeProgress(here, there);
        const other = mergeProgress(there, here);
        expect(other.reviews).toEqual(one.reviews);
        expect(mergeProgress(one, there)).toEqual(one);
        const schedule = (progress: typeof one) => computeSchedule({ progress, settings, questions: QUESTIONS, now: NOW });
        expect(schedule(other)).toEqual(schedule(one));
      }),
      { numRuns: 150 },
    );
  });

  it('with a date, has nothing due after it, and a review of each question in its last two days', () => {
    fc.assert(
      fc.property(logs, fc.integer({ min: 1, max: 20 }), (entries, days) => {
        const progress = mergeProgress(...split(entries));
        const schedule = computeSchedule({ progress, settings: withDate(days), questions: QUESTIONS, now: NOW });
        const interview = addDays(TODAY, days);
        for (const { id } of QUESTIONS) expect(daysBetween(schedule.next[id]!, interview)).toBeGreaterThanOrEqual(0);
        for (const day of Object.keys(schedule.days)) expect(daysBetween(day, interview)).toBeGreaterThan(0);
        const window = [addDays(interview, -2), addDays(interview, -1)].filter((day) => daysBetween(TODAY, day) >= 0);
        for (const { id } of QUESTIONS) {
          const ratedToday = progress.reviews.some((review) => review.q === id && dayOf(review.at) === TODAY);
          const kept = window.some((day) => schedule.days[day]?.includes(id)) || (ratedToday && window.includes(TODAY));
          if (window.some((day) => day !== TODAY || !ratedToday)) expect(kept).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('puts every question due at first, most overdue first, then the new ones', () => {
    expect(dueToday(['a', 'b'], emptyProgress(), undefined, TODAY)).toEqual(['a', 'b']);
    let progress = rate(emptyProgress(), 'b', 'needs-work', new Date(2026, 10, 20));
    progress = rate(progress, 'c', 'needs-work', new Date(2026, 10, 10));
    const schedule = computeSchedule({ progress, settings: defaultSettings(), questions: QUESTIONS, now: NOW });
    expect(dueToday(QUESTIONS.map((q) => q.id), progress, schedule, TODAY)).toEqual(['c', 'b', 'a', 'd', 'e']);
  });

  it('a question rated today is not due again today', () => {
    const progress = rate(emptyProgress(), 'a', 'needs-work', NOW);
    const schedule = computeSchedule({ progress, settings: defaultSettings(), questions: QUESTIONS, now: NOW });
    expect(daysBetween(TODAY, schedule.next['a']!)).toBeGreaterThan(0);
    expect(dueToday(['a'], progress, schedule, TODAY)).toEqual([]);
  });
});
