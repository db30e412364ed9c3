import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../../src/lib/day-math.ts';
import { dayShare, planReviews, type PlanCard, type PlanInput } from '../../../src/lib/plan/planner.ts';

const TODAY = '2026-12-01';

/** Cards as FSRS leaves them: up to 12 questions, each with its days to come (overdue ones too). */
const outOfToday = (card: PlanCard) => card.doneToday || !!card.notToday;
const cardsArbitrary = fc
  .array(
    fc.record({
      reviews: fc.integer({ min: 0, max: 6 }),
      doneToday: fc.boolean(),
      notToday: fc.boolean(),
      offsets: fc.uniqueArray(fc.integer({ min: -5, max: 45 }), { minLength: 1, maxLength: 6 }),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((cards) =>
    cards.map(({ reviews, doneToday, notToday, offsets }, i): PlanCard => {
      const rated = doneToday && reviews > 0;
      const sorted = [...offsets].sort((a, b) => a - b).map((offset) => addDays(TODAY, rated ? Math.max(1, offset) : offset));
      // notToday: today's plan, worked out earlier today, had put it after today.
      return { id: `q${i}`, reviews, doneToday: rated, notToday: !rated && notToday, desired: [...new Set(sorted)] };
    }),
  );

const inputArbitrary = fc.record({ cards: cardsArbitrary, days: fc.integer({ min: 1, max: 30 }) }).map(({ cards, days }): PlanInput => ({
  today: TODAY,
  deadline: addDays(TODAY, days),
  cards,
}));

describe('the plan to an interview date', () => {
  it('plans nothing on the interview day or after it, nothing before today, nothing today after a rating today or what today’s plan put later', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const plan = planReviews(input);
        for (const card of input.cards) {
          for (const day of plan[card.id]!) {
            expect(daysBetween(day, input.deadline!)).toBeGreaterThan(0);
            expect(daysBetween(TODAY, day)).toBeGreaterThanOrEqual(outOfToday(card) ? 1 : 0);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives every question a review in the last 48 hours before the interview', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const plan = planReviews(input);
        const window = [addDays(input.deadline!, -2), addDays(input.deadline!, -1)].filter((day) => daysBetween(TODAY, day) >= 0);
        for (const card of input.cards) {
          const open = outOfToday(card) ? window.filter((day) => day !== TODAY) : window;
          const kept = plan[card.id]!.some((day) => window.includes(day)) || (card.doneToday && window.includes(TODAY));
          if (open.length > 0 || (card.doneToday && window.includes(TODAY))) expect(kept, JSON.stringify({ card, plan: plan[card.id] })).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('reviews every question three times before the interview, as far as the days allow, once a day at most', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const plan = planReviews(input);
        const days = daysBetween(TODAY, input.deadline!);
        for (const card of input.cards) {
          const planned = plan[card.id]!;
          expect(new Set(planned).size).toBe(planned.length);
          const open = outOfToday(card) ? days - 1 : days;
          expect(card.reviews + planned.length).toBeGreaterThanOrEqual(Math.min(3, card.reviews + open));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives no day more than its share', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const plan = planReviews(input);
        const last = addDays(input.deadline!, -1);
        const days = Array.from({ length: daysBetween(TODAY, input.deadline!) }, (_, i) => addDays(TODAY, i));
        const window = days.filter((day) => daysBetween(day, last) <= 1);
        // The share, worked out from the plan as the README says: for every review the days it could
        // take (the last two days for the one in them, not today after a rating today).
        const demands = input.cards.map((card) => {
          const open = outOfToday(card) ? days.filter((day) => day !== TODAY) : days;
          const windowed = !(card.doneToday && window.includes(TODAY)) && open.some((day) => window.includes(day));
          return { open, count: plan[card.id]!.length, windowed };
        });
        const load = new Map<string, number>();
        for (const day of Object.values(plan).flat()) load.set(day, (load.get(day) ?? 0) + 1);
        const share = dayShare(demands, days, window, TODAY);
        expect(Math.max(0, ...load.values()), JSON.stringify({ input, plan })).toBeLessThanOrEqual(share);
        // And dayShare is the least any plan can do: the busiest day never holds less than every
        // day's even part of the reviews planned.
        const total = [...load.values()].reduce((a, b) => a + b, 0);
        expect(share).toBeGreaterThanOrEqual(Math.ceil(total / days.length));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps FSRS’s own days when nothing bends them', () => {
    const card: PlanCard = { id: 'a', reviews: 4, doneToday: false, desired: ['2026-12-03', '2026-12-09'] };
    expect(planReviews({ today: TODAY, deadline: '2026-12-10', cards: [card] })).toEqual({ a: ['2026-12-03', '2026-12-09'] });
  });

  it('moves a review due after the interview into its last two days, and adds reviews up to three', () => {
    const card: PlanCard = { id: 'a', reviews: 1, doneToday: false, desired: ['2026-12-20'] };
    expect(planReviews({ today: TODAY, deadline: '2026-12-10', cards: [card] })).toEqual({ a: ['2026-12-01', '2026-12-09'] });
    const fresh: PlanCard = { id: 'b', reviews: 0, doneToday: false, desired: [TODAY] };
    expect(planReviews({ today: TODAY, deadline: '2026-12-10', cards: [fresh] })).toEqual({ b: ['2026-12-01', '2026-12-05', '2026-12-09'] });
  });

  it('without a date, or past it, plans FSRS’s days as they are', () => {
    const card: PlanCard = { id: 'a', reviews: 1, doneToday: false, desired: ['2026-12-20', '2027-01-30'] };
    expect(planReviews({ today: TODAY, cards: [card] })).toEqual({ a: ['2026-12-20', '2027-01-30'] });
    expect(planReviews({ today: TODAY, deadline: TODAY, cards: [card] })).toEqual({ a: ['2026-12-20', '2027-01-30'] });
  });
});
