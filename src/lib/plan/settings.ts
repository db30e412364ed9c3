/**
 * What the study plan is asked for, kept on this device (under PLAN_KEY, src/lib/kept/keys.ts):
 * the interview's date (and time, if given) for each round, and the retention to aim at. Read field
 * by field when the plan is worked out (replan.ts): a date that is not a real day is dropped, and
 * said, never a reason to lose the rest. Pages only show the dates they find valid.
 */
import type { Day } from '../day.ts';
import { isDay } from '../day-math.ts';

/** The chance of still recalling an answer when it comes back: FSRS schedules to keep it. */
export const RETENTION = { default: 0.9, min: 0.8, max: 0.97 } as const;

export interface InterviewDate {
  day: Day;
  /** "14:30", when given. */
  time?: string;
}

export interface PlanSettings {
  /** By round id. */
  dates: Record<string, InterviewDate>;
  retention: number;
}

export const defaultSettings = (): PlanSettings => ({ dates: {}, retention: RETENTION.default });

const isTime = (value: unknown): value is string => typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

/** Settings from storage, a file or a link; `dropped` names what could not be read. */
export function readSettings(value: unknown): { settings: PlanSettings; dropped: string[] } {
  const settings = defaultSettings();
  const dropped: string[] = [];
  if (value === null || value === undefined) return { settings, dropped };
  if (typeof value !== 'object') return { settings, dropped: ['the plan'] };
  // Object(): any value reads as an object here, so a missing or wrong field is simply not taken.
  const { retention, dates } = value as Record<string, unknown>;
  if (Number(retention) >= RETENTION.min && Number(retention) <= RETENTION.max) settings.retention = Number(retention);
  for (const [round, date] of Object.entries(Object(dates))) {
    const { day, time } = Object(date) as Record<string, unknown>;
    if (isDay(day)) settings.dates[round] = { day, ...(isTime(time) && { time }) };
    else dropped.push(round);
  }
  return { settings, dropped };
}
