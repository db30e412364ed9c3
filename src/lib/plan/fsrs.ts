/**
 * FSRS, through ts-fsrs: a question's memory state from its reviews, and the days FSRS would
 * schedule next. Days, not minutes (`enable_short_term: false`: no learning steps), and no fuzz, so
 * the same reviews always give the same state, on any device and in any order they were merged.
 */
import { Rating, createEmptyCard, fsrs, type Card, type FSRS, type Grade } from 'ts-fsrs';
import { dayOf, type Day } from '../day.ts';
import { addDays, daysBetween, startOf } from '../day-math.ts';
import type { Rating as Rated, Review } from '../progress.ts';

/** How the site's self-ratings map to FSRS's grades (the README says the same). */
export const GRADES: Record<Rated, Grade> = {
  'needs-work': Rating.Again,
  'getting-there': Rating.Hard,
  'nailed-it': Rating.Good,
};

/** The scheduler for a desired retention (0.80–0.97). */
export const scheduler = (retention: number): FSRS => fsrs({ request_retention: retention, enable_short_term: false, enable_fuzz: false });

/**
 * A question's card after its reviews, in time order. A review dated in the future counts as now,
 * and one dated before the last (a clock set back) as at the same time: the state never breaks.
 */
export function cardOf(f: FSRS, reviews: readonly Review[], now: Date): Card {
  let card = createEmptyCard(new Date(0));
  let last = 0;
  for (const review of [...reviews].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))) {
    last = Math.max(last, Math.min(Date.parse(review.at), now.getTime()));
    card = f.next(card, new Date(last), GRADES[review.r]).card;
  }
  return card;
}

/**
 * The days FSRS would review a card on, from `today` to `until`: its due day (today when it is
 * overdue or new), then each next one as if every review were rated Good (at noon that day).
 */
export function projectedDays(f: FSRS, card: Card, today: Day, until: Day, max = 8): Day[] {
  const days: Day[] = [];
  let day = card.reps === 0 || daysBetween(today, dayOf(card.due)) < 0 ? today : dayOf(card.due);
  let next = card;
  while (days.length < max && daysBetween(day, until) >= 0) {
    days.push(day);
    next = f.next(next, new Date(startOf(day).getTime() + 12 * 3_600_000), Rating.Good).card;
    day = dayOf(next.due);
    if (daysBetween(days.at(-1)!, day) < 1) day = addDays(days.at(-1)!, 1);
  }
  return days;
}
