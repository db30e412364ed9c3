import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PLAN_KEY, SCHEDULE_KEY } from '../../../src/lib/kept/keys.ts';
import { keptSchedule, keptSettings } from '../../../src/lib/plan/kept.ts';
import { replan } from '../../../src/lib/plan/replan.ts';
import { scheduleKey } from '../../../src/lib/plan/schedule-basis.ts';
import { emptyProgress } from '../../../src/lib/progress.ts';
import { memoryStorage } from '../helpers/memory-storage.ts';

let storage: Storage;
beforeEach(() => {
  storage = memoryStorage();
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const settings = { dates: { r: { day: '2026-12-10', time: '14:30' } }, retention: 0.85 };
const schedule = { on: '2026-12-01', key: 'k', next: { a: '2026-12-02' }, days: { '2026-12-02': ['a'] } };
const QUESTIONS = [{ id: 'a', round: 'r' }];

describe('the plan’s settings as kept', () => {
  it('reads the settings kept before versions as version 1, in the form they are now written', () => {
    storage.setItem(PLAN_KEY, JSON.stringify(settings));
    expect(keptSettings.load()).toEqual({ ...settings, version: 1 });
  });

  it('reads back what it writes, so that the plan worked out from it keeps its key after a reload', () => {
    expect(keptSettings.save({ ...settings, version: 1 })).toBe(true);
    expect(JSON.parse(storage.getItem(PLAN_KEY)!)).toEqual({ ...settings, version: 1 });
    const { schedule } = replan({ progress: emptyProgress(), settings: keptSettings.load(), questions: QUESTIONS, now: new Date(2026, 11, 1) });
    expect(schedule.key).toBe(scheduleKey(emptyProgress(), keptSettings.load()));
  });

  it('reads nothing as none, and what cannot be read at all as null (replan.ts says so)', () => {
    expect(keptSettings.load()).toBeUndefined();
    for (const text of ['{"dates":', '5', 'null']) {
      storage.setItem(PLAN_KEY, text);
      expect(keptSettings.load(), text).toBeNull();
    }
  });

  it('leaves a newer version’s settings as they are', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    storage.setItem(PLAN_KEY, JSON.stringify({ ...settings, version: 2 }));
    expect(keptSettings.load()).toBeUndefined();
    expect(keptSettings.save({ ...settings, version: 1 })).toBe(false);
    expect(JSON.parse(storage.getItem(PLAN_KEY)!).version).toBe(2);
  });
});

describe('the schedule as kept', () => {
  it('reads the schedule kept before versions as version 1, and writes its version', () => {
    storage.setItem(SCHEDULE_KEY, JSON.stringify(schedule));
    expect(keptSchedule.load()).toEqual(schedule);
    expect(keptSchedule.save(schedule)).toBe(true);
    expect(JSON.parse(storage.getItem(SCHEDULE_KEY)!)).toEqual({ ...schedule, version: 1 });
    expect(keptSchedule.load()).toMatchObject(schedule);
  });

  it('reads none where there is none, or something not of its shape', () => {
    expect(keptSchedule.load()).toBeUndefined();
    for (const text of ['{"on":', '[]', '{"next":{},"days":[]}']) {
      storage.setItem(SCHEDULE_KEY, text);
      expect(keptSchedule.load(), text).toBeUndefined();
    }
  });
});
