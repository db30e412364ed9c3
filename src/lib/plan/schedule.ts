/**
 * The study plan as worked out (compute.ts, loaded with the scheduler) and kept on this device
 * (kept.ts), so pages can say what is due on load without loading FSRS: each question's
 * next day, and the questions planned on each day ahead.
 */
import type { Day } from '../day.ts';
import type { Progress } from '../progress.ts';

export interface Schedule {
  /** The day it was worked out. */
  on: Day;
  /** What it was worked out from (schedule-basis.ts): another one calls for working it out again. */
  key: string;
  /** Each question's next review day: due when it is today or before. */
  next: Record<string, Day>;
  /** The questions planned on each day from `on`. */
  days: Record<Day, string[]>;
}

/**
 * What is due today, most overdue first, then the questions never rated; before any schedule is
 * worked out, every question never rated is due. Days compare as text ("2026-12-01" < "2026-12-10",
 * and any day < "new"), which also keeps a damaged schedule from throwing.
 */
export function dueToday(ids: readonly string[], progress: Pick<Progress, 'questions'>, schedule: Pick<Schedule, 'next'> | undefined, today: Day): string[] {
  const next = (id: string) => schedule?.next[id];
  const order = (id: string) => (progress.questions[id] ? String(next(id)) : 'new');
  return ids.filter((id) => (next(id) ? next(id)! <= today : !progress.questions[id])).sort((a, b) => (order(a) < order(b) ? -1 : 1));
}
