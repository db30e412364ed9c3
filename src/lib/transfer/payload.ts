/**
 * What "Send to another device" carries: every rating (the review log, progress version 2), the
 * study plan's settings (the interview dates), the choices of story for unseen questions, the cheat sheet's choice, the preferences, the
 * rehearsal attempt records (never their audio), the mock interviews, your own stories and your questions for the interviewer. The version lives in the
 * link, outside the compressed data (codec.ts), so a newer link is known before it is read; a
 * version 1 link (the last rating of each question) is read as one review each.
 */
import { isObject } from '../json.ts';
import { PREFERENCE_KEYS } from '../kept/keys.ts';
import { readProgress, type Review } from '../progress.ts';

export type Setting = keyof typeof PREFERENCE_KEYS;

/** What each preference may be, as stored (anything else is not taken). */
export const SETTING_VALUES: Record<Setting, readonly string[]> = {
  theme: ['light', 'dark'],
  practice: ['on', 'off'],
  shortcuts: ['on', 'off'],
};

export interface Transfer {
  /** Every rating, oldest first. */
  reviews: Review[];
  /** The study plan's settings (read with src/lib/plan/settings.ts when taken), when this device has any. */
  plan?: unknown;
  /** "Which story would you tell?": the story chosen per bank question, as stored; checked, and the
   * newest of each question kept, when taken (take-progress.ts). */
  choices?: unknown;
  /** The ids left off the cheat sheet, when this device has made a choice. */
  sheet?: string[];
  /** The preferences this device has stored. */
  settings: Partial<Record<Setting, string>>;
  /** Rehearsal attempt records, newest first, without audio; each is checked again when imported. */
  attempts: unknown[];
  /** Mock interview session records, newest first (links made before mock interviews have none). */
  sessions?: unknown[];
  /** Your own stories, as stored (`{ version, stories, deleted }`): read story by story, and merged, when taken. */
  stories?: unknown;
  /** Your questions for the interviewer, as stored (`{ version, entries }`): read entry by entry, and merged, when taken. */
  yourQuestions?: unknown;
}

/** A transfer read back from JSON, checked; undefined when anything in it is not what we wrote. */
export function readTransfer(data: unknown, version = 2): Transfer | undefined {
  if (!isObject(data) || !isObject(data['settings']) || !Array.isArray(data['attempts'])) return undefined;
  const { sessions, sheet, plan, choices, stories, yourQuestions } = data;
  if (sessions !== undefined && !Array.isArray(sessions)) return undefined;
  const progress = version === 1 ? readProgress({ version: 1, questions: data['ratings'] }) : readProgress({ version: 2, reviews: data['reviews'] });
  if (!progress.ok) return undefined;
  if (sheet !== undefined && !(Array.isArray(sheet) && sheet.every((id) => typeof id === 'string'))) return undefined;
  const settings: Transfer['settings'] = {};
  for (const [name, value] of Object.entries(data['settings'])) {
    if (!SETTING_VALUES[name as Setting]?.includes(value as string)) return undefined;
    settings[name as Setting] = value as string;
  }
  return {
    reviews: progress.progress.reviews,
    ...(plan !== undefined && { plan }),
    ...(choices !== undefined && { choices }),
    ...(sheet !== undefined && { sheet: sheet as string[] }),
    settings,
    attempts: data['attempts'],
    ...(sessions !== undefined && { sessions }),
    ...(stories !== undefined && { stories }),
    ...(yourQuestions !== undefined && { yourQuestions }),
  };
}
