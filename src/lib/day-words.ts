/** Days in words, for people to read (day.ts does the arithmetic). */
import type { Day } from './day.ts';
import { startOf } from './day-math.ts';

/** "Thursday 10 December" (with the year when it is not `today`'s). */
export function longDay(day: Day, today?: Day): string {
  const sameYear = !today || today.slice(0, 4) === day.slice(0, 4);
  return startOf(day).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', ...(sameYear ? {} : { year: 'numeric' }) });
}
