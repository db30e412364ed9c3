/**
 * Works the study plan out: FSRS's days for each question (fsrs.ts), bent to its round's interview
 * date (planner.ts), into the schedule pages read on load (schedule.ts). Loaded with the scheduler.
 */
import { dayOf, type Day } from '../day.ts';
import { addDays, daysBetween } from '../day-math.ts';
import type { Progress } from '../progress.ts';
import { cardOf, projectedDays, scheduler } from './fsrs.ts';
import { planReviews, type PlanCard } from './planner.ts';
import { HORIZON } from './schedule-basis.ts';
import type { Schedule } from './schedule.ts';
import type { PlanSettings } from './settings.ts';

export interface ScheduleInput {
  progress: Progress;
  settings: PlanSettings;
  /** Every question of the site, with its round. */
  questions: readonly { id: string; round: string }[];
  now: Date;
  /** After a rating, the plan kept on this device: what it put after today stays out of today, so a session done for the day stays done. */
  kept?: Pick<Schedule, 'next'> | undefined;
}

/** The interview day ahead for a round: none when unset, today or past. */
export function deadlineOf(settings: PlanSettings, round: string, today: Day): Day | undefined {
  const day = settings.dates[round]?.day;
  return day && daysBetween(today, day) > 0 ? day : undefined;
}

/** The schedule; its `key` is the caller's to set (replan.ts), from the settings as stored. */
export function computeSchedule({ progress, settings, questions, now, kept }: ScheduleInput): Omit<Schedule, 'key'> {
  const today = dayOf(now);
  const f = scheduler(settings.retention);
  const rounds = [...new Set(questions.map((question) => question.round))];
  const next: Record<string, Day> = {};
  const days: Record<Day, string[]> = {};
  for (const round of rounds) {
    const deadline = deadlineOf(settings, round, today);
    const until = deadline ? addDays(deadline, -1) : addDays(today, HORIZON - 1);
    const cards = questions
      .filter((question) => question.round === round)
      .map((question) => {
        const reviews = progress.reviews.filter((review) => review.q === question.id);
        const card = cardOf(f, reviews, now);
        const last = reviews.at(-1);
        const later = String(kept?.next[question.id] ?? '') > today;
        const planCard: PlanCard = { id: question.id, desired: projectedDays(f, card, today, until), reviews: reviews.length, doneToday: !!last && dayOf(last.at) === today, notToday: later };
        // A question rated today is next due no sooner than FSRS says, tomorrow at the earliest.
        if (planCard.doneToday) planCard.desired = planCard.desired.filter((day) => day !== today);
        return { planCard, due: planCard.doneToday && daysBetween(dayOf(card.due), today) >= 0 ? addDays(today, 1) : dayOf(card.due) };
      });
    const plan = planReviews({ today, deadline, cards: cards.map(({ planCard }) => planCard) });
    for (const { planCard, due } of cards) {
      const planned = plan[planCard.id] ?? [];
      // Past what the plan needs before the interview, FSRS's own day, but never after the interview.
      const fsrsDay = planCard.reviews ? due : today;
      // Due today and overdue: its FSRS day, in the past, so the most overdue come first.
      const first = planned[0] === today && daysBetween(fsrsDay, today) > 0 ? fsrsDay : planned[0];
      next[planCard.id] = first ?? (deadline && daysBetween(deadline, fsrsDay) > 0 ? deadline : fsrsDay);
      for (const day of planned) (days[day] ??= []).push(planCard.id);
    }
  }
  return { on: today, next, days };
}
