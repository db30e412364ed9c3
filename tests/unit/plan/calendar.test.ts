import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarText } from '../../../src/lib/plan/calendar.ts';
import type { Schedule } from '../../../src/lib/plan/schedule.ts';

const schedule: Schedule = {
  on: '2026-12-01',
  key: 'k',
  next: {},
  days: { '2026-12-01': ['a', 'b'], '2026-12-03': ['a'], '2026-11-30': ['b'], '2026-12-05': [] },
};
const input = {
  schedule,
  settings: { dates: { r: { day: '2026-12-10', time: '14:30' } }, retention: 0.9 },
  titles: { a: 'Managing Managers', b: 'Upward Management & Influence' },
  rounds: { r: 'Soft Skills & Leadership' },
  site: 'Soft Skills & Leadership',
  practice: 'https://example.test/practice/?today',
  now: new Date('2026-12-01T08:00:00Z'),
};

/** The file as a calendar program reads it (Mozilla's parser, not the one that wrote it). */
const events = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));

describe('the plan as a calendar file', () => {
  it('has an all-day event on each study day from today, naming the questions, and the interview at its time', () => {
    const text = calendarText(input);
    expect(text.split('\r\n')[0]).toBe('BEGIN:VCALENDAR');
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const parsed = events(text);
    expect(parsed.map((event) => event.summary)).toEqual(['Study: 2 questions', 'Study: Managing Managers', 'Interview: Soft Skills & Leadership']);
    expect(parsed[0]!.startDate.isDate).toBe(true);
    expect(parsed[0]!.startDate.toString()).toBe('2026-12-01');
    expect(parsed[0]!.description).toContain('- Upward Management & Influence');
    expect(parsed[0]!.description).toContain('https://example.test/practice/?today');
    expect(parsed[2]!.startDate.isDate).toBe(false);
    expect(parsed[2]!.duration.toSeconds()).toBe(3600);
  });

  it('keeps its UIDs from one download to the next, with a higher sequence, so importing again updates', () => {
    const first = events(calendarText(input));
    const later = events(calendarText({ ...input, now: new Date('2026-12-02T09:00:00Z') }));
    expect(later.map((event) => event.uid)).toEqual(first.map((event) => event.uid));
    expect(first.map((event) => event.uid)).toEqual(['study-2026-12-01@soft-skills-leadership', 'study-2026-12-03@soft-skills-leadership', 'interview-r@soft-skills-leadership']);
    expect(later[0]!.sequence).toBeGreaterThan(first[0]!.sequence);
  });

  it('makes an interview without a time an all-day event', () => {
    const parsed = events(calendarText({ ...input, settings: { ...input.settings, dates: { r: { day: '2026-12-10' } } } }));
    expect(parsed.at(-1)!.startDate.toString()).toBe('2026-12-10');
    expect(parsed.at(-1)!.startDate.isDate).toBe(true);
  });
});
