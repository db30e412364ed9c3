/**
 * The study plan worked out again (compute.ts, with FSRS) from the ratings and the settings as
 * stored, read field by field (settings.ts). Loaded on demand (src/scripts/shared/on-demand.ts): by practice
 * and a mock interview's report after a rating (with the plan as kept, so that today's questions
 * stay today's), and by the study plan's block when its kept plan no longer holds or its settings
 * change. Storage is the page's to read and write (this module stays free of it, and of IndexedDB's
 * code that comes with it on demand): what to keep comes back.
 */
import { dayOf } from '../day.ts';
import { longDay } from '../day-words.ts';
import { PLAN_VERSION } from '../kept/keys.ts';
import type { Progress } from '../progress.ts';
import { computeSchedule } from './compute.ts';
import type { StoredSettings } from './kept.ts';
import { nextSession } from './next-session.ts';
import { scheduleKey } from './schedule-basis.ts';
import type { Schedule } from './schedule.ts';
import { readSettings, type PlanSettings } from './settings.ts';

/** Each answer's recall on the interview day (recall.ts): with the scheduler it needs, for the home page. */
export { readiness } from './recall.ts';

export interface Replanned {
  schedule: Schedule;
  settings: PlanSettings;
  /** The rounds whose date could not be read (or "the plan"), dropped. */
  dropped: string[];
  /** "Tuesday 1 December (2)": the next day with reviews planned after today, and how many. */
  next: string | undefined;
}

export interface ReplanInput {
  progress: Progress;
  /** The settings as stored (plan/kept.ts). */
  settings: StoredSettings;
  questions: readonly { id: string; round: string }[];
  now?: Date;
  /** After a rating: the plan kept, so that today's questions stay today's (compute.ts). */
  kept?: Pick<Schedule, 'next'> | undefined;
}

/**
 * The settings with what cannot be read dropped, as kept (plan/kept.ts): for the page to keep in
 * place of what is stored when `dropped` names something. Made again to another tab's settings, it
 * changes nothing more (shared-value.ts).
 */
export const cleanSettings = (stored: StoredSettings): StoredSettings => ({ ...readSettings(stored === null ? 'unreadable' : stored).settings, version: PLAN_VERSION });

export function replan({ progress, settings: stored, questions, now = new Date(), kept }: ReplanInput): Replanned {
  const { settings, dropped } = readSettings(stored === null ? 'unreadable' : stored);
  // Keyed to the settings as they will be stored: with what was dropped, the rest.
  const schedule = { ...computeSchedule({ progress, settings, questions, now, kept }), key: scheduleKey(progress, dropped.length ? cleanSettings(stored) : stored) };
  const today = dayOf(now);
  const next = nextSession(schedule, questions.map((question) => question.id), today);
  return { schedule, settings, dropped, next: next && `${longDay(next.day, today)} (${next.count})` };
}
