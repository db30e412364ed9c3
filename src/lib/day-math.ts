/**
 * Days (day.ts) checked, counted and turned into dates: what the study plan's block and its scheduler
 * need, apart from day.ts so that a page that only asks for today (practice) does not load them.
 * Arithmetic goes through UTC midnights, so a daylight-saving change never makes a day 23 or 25 hours.
 */
import type { Day } from './day.ts';

/** Whether `text` is a real day ("2026-02-30" is not). */
export function isDay(text: unknown): text is Day {
  if (typeof text !== 'string' || !/^\d{4}-\d\d-\d\d$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const utc = (day: Day) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));

/** The day `n` days after `day` (before, for a negative `n`). */
export const addDays = (day: Day, n: number): Day => new Date(utc(day) + n * 86_400_000).toISOString().slice(0, 10);

/** Whole days from `from` to `to` (negative when `to` comes first). */
export const daysBetween = (from: Day, to: Day): number => Math.round((utc(to) - utc(from)) / 86_400_000);

/** Midnight at the start of a local day, as a Date. */
export const startOf = (day: Day): Date => new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
