import { Rating, createEmptyCard, fsrs } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../../src/lib/day-math.ts';
import { GRADES, cardOf, projectedDays, scheduler } from '../../../src/lib/plan/fsrs.ts';
import type { Review } from '../../../src/lib/progress.ts';

const review = (r: Review['r'], at: string): Review => ({ q: 'a', r, at, from: 'practice' });

describe('FSRS through ts-fsrs', () => {
  it('maps Needs work, Getting there and Nailed it to Again, Hard and Good', () => {
    expect(GRADES).toEqual({ 'needs-work': Rating.Again, 'getting-there': Rating.Hard, 'nailed-it': Rating.Good });
  });

  it('gives the card ts-fsrs gives for the same reviews, in days, without fuzz', () => {
    const reviews = [review('nailed-it', '2026-11-01T09:00:00Z'), review('needs-work', '2026-11-04T20:00:00Z'), review('getting-there', '2026-11-05T08:00:00Z')];
    const f = fsrs({ request_retention: 0.85, enable_short_term: false, enable_fuzz: false });
    let expected = createEmptyCard(new Date(0));
    for (const [grade, at] of [[Rating.Good, reviews[0]!.at], [Rating.Again, reviews[1]!.at], [Rating.Hard, reviews[2]!.at]] as const) {
      expected = f.next(expected, new Date(at), grade).card;
    }
    expect(cardOf(scheduler(0.85), reviews, new Date('2026-11-10T00:00:00Z'))).toEqual(expected);
    // The order they are given in does not matter.
    expect(cardOf(scheduler(0.85), [...reviews].reverse(), new Date('2026-11-10T00:00:00Z'))).toEqual(expected);
  });

  it('schedules further at a lower retention', () => {
    const reviews = [review('nailed-it', '2026-11-01T09:00:00Z'), review('nailed-it', '2026-11-05T09:00:00Z')];
    const now = new Date('2026-11-06T00:00:00Z');
    expect(cardOf(scheduler(0.8), reviews, now).due.getTime()).toBeGreaterThan(cardOf(scheduler(0.97), reviews, now).due.getTime());
  });

  it('counts a review dated in the future as now, and one before the last (a clock set back) as at the same time', () => {
    const now = new Date('2026-11-10T00:00:00Z');
    const future = cardOf(scheduler(0.9), [review('nailed-it', '2030-01-01T00:00:00Z')], now);
    expect(future).toEqual(cardOf(scheduler(0.9), [review('nailed-it', now.toISOString())], now));
    expect(() => cardOf(scheduler(0.9), [review('nailed-it', '2026-11-09T00:00:00Z'), review('nailed-it', '2026-11-08T00:00:00Z')], now)).not.toThrow();
  });

  it('projects the days FSRS would review on, each after the last, none after the end', () => {
    const f = scheduler(0.9);
    const today = '2026-11-10';
    const fresh = projectedDays(f, createEmptyCard(new Date(0)), today, addDays(today, 60));
    expect(fresh[0]).toBe(today);
    for (let i = 1; i < fresh.length; i++) expect(daysBetween(fresh[i - 1]!, fresh[i]!)).toBeGreaterThan(0);
    expect(fresh.every((day) => daysBetween(day, addDays(today, 60)) >= 0)).toBe(true);
    // An overdue card is due today.
    const old = cardOf(f, [review('getting-there', '2026-10-01T09:00:00Z')], new Date('2026-11-10T09:00:00Z'));
    expect(projectedDays(f, old, today, addDays(today, 5))[0]).toBe(today);
    expect(projectedDays(f, old, today, addDays(today, -1))).toEqual([]);
  });
});
