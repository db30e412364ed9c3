/**
 * The study plan as a calendar file (RFC 5545, written by ts-ics): an all-day event on each study
 * day naming the questions due, and the interview itself. A static site cannot remind anyone; a
 * calendar can. Each event's UID stays the same from one download to the next (the day, or the
 * round), and its SEQUENCE grows, so importing the file again updates the events instead of adding
 * them twice. An all-day event lasts one day (DURATION:P1D). Loaded when the file
 * is asked for.
 */
import { generateIcsCalendar, type IcsEvent } from 'ts-ics';
import type { Day } from '../day.ts';
import type { Schedule } from './schedule.ts';
import type { PlanSettings } from './settings.ts';

export interface CalendarInput {
  schedule: Schedule;
  settings: PlanSettings;
  /** Question titles by id, round titles by id. */
  titles: Record<string, string>;
  rounds: Record<string, string>;
  /** The site's name, for the calendar and the UIDs' domain part. */
  site: string;
  /** Where today's session opens. */
  practice: string;
  now: Date;
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const utcDay = (day: Day) => new Date(`${day}T00:00:00Z`);

export function calendarText({ schedule, settings, titles, rounds, site, practice, now }: CalendarInput): string {
  const domain = slug(site) || 'study';
  // Minutes since 2026: a later download always has a higher sequence.
  const sequence = Math.max(0, Math.floor((now.getTime() - Date.UTC(2026, 0, 1)) / 60_000));
  const stamp = { date: now };
  const events: IcsEvent[] = Object.entries(schedule.days)
    .filter(([day, ids]) => ids.length > 0 && day >= schedule.on)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, ids]) => ({
      uid: `study-${day}@${domain}`,
      stamp,
      sequence,
      start: { date: utcDay(day), type: 'DATE' },
      duration: { days: 1 },
      summary: ids.length === 1 ? `Study: ${titles[ids[0]!] ?? ids[0]}` : `Study: ${ids.length} questions`,
      // Plain ASCII of its own, so ts-ics's 75-character lines are 75 octets too (RFC 5545, 3.1).
      description: `${ids.map((id) => `- ${titles[id] ?? id}`).join('\n')}\n\nToday's session: ${practice}`,
      timeTransparent: 'TRANSPARENT',
    }));
  for (const [round, { day, time }] of Object.entries(settings.dates)) {
    // "2026-12-10T14:30" is read in the device's own time zone.
    const start = time ? new Date(`${day}T${time}`) : utcDay(day);
    events.push({
      uid: `interview-${slug(round)}@${domain}`,
      stamp,
      sequence,
      start: { date: start, ...(!time && { type: 'DATE' as const }) },
      duration: time ? { hours: 1 } : { days: 1 },
      summary: `Interview: ${rounds[round] ?? site}`,
    });
  }
  return generateIcsCalendar({ version: '2.0', prodId: `-//${site}//Study plan//EN`, name: `${site}: study plan`, events });
}
