import { createEmptyCard, fsrs, Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { readiness } from '../../../src/lib/plan/recall.ts';
import type { Review } from '../../../src/lib/progress.ts';

const review = (q: string, r: Review['r'], at: string): Review => ({ q, r, at, from: 'practice' });
// A fixed clock: the morning of 1 December 2026, the interview ten days later.
const now = new Date('2026-12-01T09:00:00Z');
const on = new Date('2026-12-11T09:00:00Z');
const questions = [
  { id: 'steady', title: 'Rated well, three times' },
  { id: 'shaky', title: 'Needed work yesterday' },
  { id: 'new', title: 'Never rated' },
  { id: 'once', title: 'Nailed once, a month ago' },
];
const reviews = [
  review('steady', 'nailed-it', '2026-10-01T09:00:00Z'),
  review('steady', 'nailed-it', '2026-10-20T09:00:00Z'),
  review('steady', 'nailed-it', '2026-11-25T09:00:00Z'),
  review('shaky', 'needs-work', '2026-11-30T09:00:00Z'),
  review('once', 'nailed-it', '2026-11-01T09:00:00Z'),
];

describe('readiness for the interview day', () => {
  const result = readiness({ progress: { reviews }, questions, on, retention: 0.9, now });
  const by = Object.fromEntries(result.answers.map((answer) => [answer.id, answer]));

  it('is the recall ts-fsrs predicts on the day from each question’s ratings', () => {
    const f = fsrs({ request_retention: 0.9, enable_short_term: false, enable_fuzz: false });
    let card = createEmptyCard(new Date(0));
    for (const at of ['2026-10-01T09:00:00Z', '2026-10-20T09:00:00Z', '2026-11-25T09:00:00Z']) card = f.next(card, new Date(at), Rating.Good).card;
    expect(by['steady']!.recall).toBeCloseTo(f.get_retrievability(card, on, false), 10);
    expect(by['steady']!.recall).toBeGreaterThan(0.9);
    expect(by['shaky']!.recall).toBeGreaterThan(0);
    expect(by['shaky']!.recall).toBeLessThan(0.9);
  });

  it('counts ready (at least the recall aimed for) and at risk (below it, or never rated), worst first', () => {
    expect(result.answers.map((answer) => answer.id)).toEqual(['new', 'shaky', 'once', 'steady']);
    expect(result.answers.map((answer) => answer.ready)).toEqual([false, false, false, true]);
    expect(by['new']).toMatchObject({ recall: 0, rated: false, ready: false });
    expect(result).toMatchObject({ ready: 1, atRisk: 3 });
  });

  it('holds a lower aim as ready sooner, and a later day as less recalled', () => {
    const lower = readiness({ progress: { reviews }, questions, on, retention: 0.8, now });
    expect(lower.ready).toBeGreaterThanOrEqual(result.ready);
    const later = readiness({ progress: { reviews }, questions, on: new Date('2027-12-01T09:00:00Z'), retention: 0.9, now });
    for (const answer of later.answers) expect(answer.recall).toBeLessThanOrEqual(by[answer.id]!.recall);
    expect(later.ready).toBe(0);
  });

  it('keeps equals in the order given, and counts nothing for questions it was not given', () => {
    const none = readiness({ progress: { reviews: [review('gone', 'nailed-it', '2026-11-30T09:00:00Z')] }, questions, on, retention: 0.9, now });
    expect(none.answers.map((answer) => answer.id)).toEqual(['steady', 'shaky', 'new', 'once']);
    expect(none).toMatchObject({ ready: 0, atRisk: 4 });
  });
});
