/**
 * The study plan as this device keeps it (keys.ts): its settings (settings.ts), and the schedule
 * worked out from them and the ratings (schedule.ts), so pages can say what is due on load without
 * loading FSRS. Both were kept without a version before: that form is the same fields, read as
 * version 1. Each is read back in the form it is written in, version and all, so that the schedule's
 * key (schedule-basis.ts) made from the settings read is the key of what is stored.
 */
import { isObject } from '../json.ts';
import { PLAN_KEY, PLAN_VERSION, SCHEDULE_KEY, SCHEDULE_VERSION } from '../kept/keys.ts';
import { versioned } from '../kept/versioned.ts';
import type { Schedule } from './schedule.ts';
import type { PlanSettings } from './settings.ts';

/**
 * The settings as stored, unchecked until the plan is worked out again (replan.ts reads them field
 * by field): none (undefined), or null for a value that cannot be read at all, which is then said.
 */
export type StoredSettings = (Partial<PlanSettings> & { version?: number }) | null | undefined;

export const keptSettings = /* @__PURE__ */ versioned<StoredSettings>(PLAN_KEY, PLAN_VERSION, (data) =>
  // Anything else stored but nothing (text that is not JSON, null, a number) is what cannot be read
  // at all: replan.ts says so.
  isObject(data) ? { ...data, version: PLAN_VERSION } : ((data && null) as StoredSettings),
);

/**
 * The kept schedule, or none when there is none or it is not what this site wrote. Only its shape
 * is checked: a wrong day in it makes a question due too early or too late, never an error, and the
 * next rating writes it again.
 */
export const keptSchedule = /* @__PURE__ */ versioned<Schedule | undefined>(SCHEDULE_KEY, SCHEDULE_VERSION, (value) =>
  isObject(value) && isObject(value['next']) && isObject(value['days']) ? (value as unknown as Schedule) : undefined,
);
