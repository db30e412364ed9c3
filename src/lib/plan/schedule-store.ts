/** The worked-out study plan (schedule.ts) in this device's storage, for pages to read on load. */
import { isObject, parseJson } from '../json.ts';
import { pageStorage, readItem, writeItem } from '../storage.ts';
import type { Schedule } from './schedule.ts';

export const SCHEDULE_KEY = 'study:schedule';

/**
 * The kept schedule, or none when there is none or it is not what this site wrote. Only its shape
 * is checked: a wrong day in it makes a question due too early or too late, never an error, and the
 * next rating writes it again.
 */
export function loadSchedule(storage: Storage | undefined = pageStorage()): Schedule | undefined {
  const value = parseJson(readItem(SCHEDULE_KEY, storage)) as Schedule | undefined;
  return isObject(value) && isObject(value.next) && isObject(value.days) ? value : undefined;
}

export const saveSchedule = (schedule: Schedule, storage: Storage | undefined = pageStorage()): boolean => writeItem(SCHEDULE_KEY, JSON.stringify(schedule), storage);
