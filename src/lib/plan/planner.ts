/**
 * The study plan's days: what FSRS would schedule, bent to the interview date. Pure: FSRS's own
 * days come in (fsrs.ts works them out with ts-fsrs), the days of every planned review go out.
 *
 * With an interview date D, over the days from today to the day before D:
 * 1. nothing is planned on D or after it;
 * 2. every question has a review in the last 48 hours before D (the two days before it), or today
 *    when it was rated today and today is one of them;
 * 3. every question is reviewed at least three times before D (reviews already given count), as
 *    far as the days allow: one review a day at most per question;
 * 4. no day has more than its share: the planned reviews divided by the days, rounded up, and in
 *    the last two days at least the questions divided by those days (every question is there).
 *    A review that would overload its day moves to the nearest day with room, earlier first.
 * Worked out again after a rating, today's questions stay today's: what the plan kept had put after
 * today is not brought into it.
 * Without a date, FSRS's days as they are.
 */
import type { Day } from '../day.ts';
import { addDays, daysBetween } from '../day-math.ts';

export interface PlanCard {
  id: string;
  /** FSRS's days for the next reviews, each assumed rated Good: the first is the card's due day
   * (today when it is overdue or new). Sorted, from today on. */
  desired: Day[];
  /** Reviews given so far. */
  reviews: number;
  /** Rated today already: nothing more today. */
  doneToday: boolean;
  /** Planned for after today by the plan kept (worked out before a rating): it stays out of today, so a session done for the day stays done. */
  notToday?: boolean;
}

export interface PlanInput {
  today: Day;
  /** The interview's day; none, or one not after today, plans as FSRS does. */
  deadline?: Day | undefined;
  cards: readonly PlanCard[];
}

/** The planned days of each question's reviews, sorted. */
export type Plan = Record<string, Day[]>;

/** The days a question may be reviewed on: from today (tomorrow when done today) to the day before the interview. */
const span = (from: Day, to: Day): Day[] => Array.from({ length: Math.max(0, daysBetween(from, to) + 1) }, (_, i) => addDays(from, i));

/** The day of `candidates` farthest from every day in `taken` (the earliest of equals). */
function farthest(candidates: readonly Day[], taken: readonly Day[]): Day | undefined {
  let best: Day | undefined;
  let distance = -1;
  for (const day of candidates) {
    const nearest = taken.length ? Math.min(...taken.map((other) => Math.abs(daysBetween(day, other)))) : Infinity;
    if (nearest > distance) [best, distance] = [day, nearest];
  }
  return best;
}

/** What the share counts of one question: the days it may take, how many reviews, and whether one keeps the window. */
export interface Demand {
  open: readonly Day[];
  count: number;
  windowed: boolean;
}

/**
 * A day's share: the least the busiest day must hold however the reviews are spread. For the days
 * before the interview, those after today, and the last two days (with and without today), count
 * the reviews that must fall in them (a question's reviews are on different days, so all but as
 * many as it has days outside them; and the one that keeps the window, if the window is inside them),
 * divide by how many days they are, and round up. The share is the largest of these.
 */
export function dayShare(demands: readonly Demand[], days: readonly Day[], window: readonly Day[], today: Day): number {
  const groups = [days, days.filter((day) => day !== today), window, window.filter((day) => day !== today)].filter((group) => group.length > 0);
  const forced = (group: readonly Day[]) =>
    demands.reduce((sum, { open, count, windowed }) => {
      const outside = open.filter((day) => !group.includes(day)).length;
      const keeper = windowed && window.filter((day) => open.includes(day)).every((day) => group.includes(day)) ? 1 : 0;
      return sum + Math.max(keeper, count - outside, 0);
    }, 0);
  return Math.max(0, ...groups.map((group) => Math.ceil(forced(group) / group.length)));
}

export function planReviews({ today, deadline, cards }: PlanInput): Plan {
  if (!deadline || daysBetween(today, deadline) < 1) return Object.fromEntries(cards.map((card) => [card.id, [...card.desired]]));
  const last = addDays(deadline, -1);
  const days = span(today, last);
  const window = span(daysBetween(today, addDays(deadline, -2)) > 0 ? addDays(deadline, -2) : today, last);
  const inWindow = (day: Day) => window.includes(day);

  // What each question needs: FSRS's days before the interview, a day in the window, three in all.
  const wants = cards.map((card) => {
    const open = card.doneToday || card.notToday ? days.filter((day) => day !== today) : days;
    const wanted = [...new Set(card.desired.map((day) => (daysBetween(day, today) > 0 ? today : day)))].filter((day) => open.includes(day));
    const windowDone = card.doneToday && inWindow(today);
    const needsWindow = !windowDone && !wanted.some(inWindow) && open.some(inWindow);
    if (needsWindow) wanted.push(last);
    while (card.reviews + wanted.length < 3) {
      const day = farthest(open.filter((d) => !wanted.includes(d)), card.doneToday ? [...wanted, today] : wanted);
      if (!day) break;
      wanted.push(day);
    }
    wanted.sort();
    // The review that keeps the window: the first wanted day in it.
    const windowed = windowDone ? undefined : wanted.find(inWindow);
    return { card, open, wanted, windowed };
  });

  // Every review with the days it may take: the window review within the window, the others on any
  // open day. The most constrained are placed first, each on the nearest day with room.
  const reviews = wants.flatMap(({ card, open, wanted, windowed }) =>
    wanted.map((day) => ({ id: card.id, desired: day, allowed: day === windowed ? window.filter((d) => open.includes(d)) : open, day: '' as Day })),
  );
  reviews.sort((a, b) => a.allowed.length - b.allowed.length || (a.desired < b.desired ? -1 : a.desired > b.desired ? 1 : 0));
  const share = dayShare(
    wants.map(({ open, wanted, windowed }) => ({ open, count: wanted.length, windowed: !!windowed })),
    days,
    window,
    today,
  );
  const load = new Map<Day, number>(days.map((day) => [day, 0]));
  const used = new Map<string, Set<Day>>(cards.map((card) => [card.id, new Set()]));
  const move = (review: (typeof reviews)[number], day: Day) => {
    if (review.day) {
      load.set(review.day, load.get(review.day)! - 1);
      used.get(review.id)!.delete(review.day);
    }
    review.day = day;
    load.set(day, load.get(day)! + 1);
    used.get(review.id)!.add(day);
  };
  const free = (review: (typeof reviews)[number]) => review.allowed.filter((day) => !used.get(review.id)!.has(day));
  for (const review of reviews) {
    const options = free(review).sort((a, b) => Math.abs(daysBetween(review.desired, a)) - Math.abs(daysBetween(review.desired, b)) || (a < b ? -1 : 1));
    const day = options.find((d) => load.get(d)! < share) ?? options.sort((a, b) => load.get(a)! - load.get(b)!)[0];
    if (day) move(review, day);
  }
  // Where a day is still over its share, reviews shift along a chain of days to one with room: each
  // moves to a day it may take, the next one along makes room there (a breadth-first search, so the
  // shortest chain). Every day on the way keeps its load; the first loses one, the last gains one.
  for (let over = days.find((day) => load.get(day)! > share); over; over = days.find((day) => load.get(day)! > share)) {
    const from = new Map<Day, { review: (typeof reviews)[number]; day: Day }>([[over, { review: reviews[0]!, day: over }]]);
    const queue = [over];
    let end: Day | undefined;
    while (queue.length && !end) {
      const day = queue.shift()!;
      for (const review of reviews.filter((r) => r.day === day)) {
        for (const next of free(review).filter((d) => !from.has(d))) {
          from.set(next, { review, day });
          if (load.get(next)! < share) end = next;
          else queue.push(next);
          if (end) break;
        }
        if (end) break;
      }
    }
    if (!end) break;
    for (let day = end; day !== over; ) {
      const step = from.get(day)!;
      move(step.review, day);
      day = step.day;
    }
  }

  const plan: Plan = Object.fromEntries(cards.map((card) => [card.id, [] as Day[]]));
  for (const review of reviews) if (review.day) plan[review.id]!.push(review.day);
  for (const planned of Object.values(plan)) planned.sort();
  return plan;
}
