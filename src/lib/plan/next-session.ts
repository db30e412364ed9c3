/** When the next study session is: for the study plan's block, and for practice once today's is done. */
import type { Day } from '../day.ts';
import type { Schedule } from './schedule.ts';

/** The first day after today with reviews planned for `ids`, and how many; none when nothing is planned. */
export function nextSession(schedule: Pick<Schedule, 'days'> | undefined, ids: readonly string[], today: Day): { day: Day; count: number } | undefined {
  const days = Object.entries(schedule?.days ?? {})
    // [].concat: a damaged schedule counts nothing rather than throwing.
    .map(([day, planned]) => ({ day, count: ([] as string[]).concat(planned).filter((id) => ids.includes(id)).length }))
    .filter(({ day, count }) => count > 0 && day > today)
    .sort((a, b) => (a.day < b.day ? -1 : 1));
  return days[0];
}
