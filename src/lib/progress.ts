/**
 * Practice progress kept on this device: the last self-rating of each question and when.
 * Stored as JSON under one versioned key; every read survives missing, disabled,
 * full or corrupted storage by falling back to empty progress.
 */

import { isObject } from './json.ts';
import { RATINGS, RATING_LABELS, isRating, type Attempt, type Rating } from './ratings.ts';
import { pageStorage, writeItem } from './storage.ts';

export const PROGRESS_KEY = 'study:progress';
/** Where an unreadable value is moved before it is overwritten, so nothing is lost for good. */
export const UNREADABLE_KEY = 'study:progress:unreadable';
export const PROGRESS_VERSION = 1;

export { RATINGS, RATING_LABELS, isRating, type Attempt, type Rating } from './ratings.ts';

export interface Progress {
  version: typeof PROGRESS_VERSION;
  /** The last attempt per question id. */
  questions: Record<string, Attempt>;
}

export type ParseResult = { ok: true; progress: Progress } | { ok: false; error: string };

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, questions: {} });

/** Validates progress from storage or from an imported file; says what is wrong when it is not progress. */
export function parseProgress(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'it is not valid JSON' };
  }
  return readProgress(data);
}

/** Validates progress already parsed from JSON (a file's, or inside a link from another device). */
export function readProgress(data: unknown): ParseResult {
  if (!isObject(data) || !('questions' in data)) return { ok: false, error: 'it has no "questions" object' };
  if (data['version'] !== PROGRESS_VERSION) {
    return { ok: false, error: `it is version ${JSON.stringify(data['version'])}, this site reads version ${PROGRESS_VERSION}` };
  }
  const { questions } = data;
  if (!isObject(questions)) return { ok: false, error: '"questions" is not an object' };
  const valid: Record<string, Attempt> = {};
  for (const [id, attempt] of Object.entries(questions)) {
    if (!isObject(attempt) || !isRating(attempt['rating'])) {
      return { ok: false, error: `"${id}" needs a rating of ${RATINGS.join(', ')}` };
    }
    const at = attempt['at'];
    if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) return { ok: false, error: `"${id}" needs a date in "at"` };
    valid[id] = { rating: attempt['rating'], at };
  }
  return { ok: true, progress: { version: PROGRESS_VERSION, questions: valid } };
}

/** Reads progress; anything unreadable gives empty progress and one console warning, never an error. */
export function loadProgress(storage: Storage | undefined = pageStorage()): Progress {
  let text: string | null = null;
  try {
    text = storage?.getItem(PROGRESS_KEY) ?? null;
  } catch {
    console.warn('Practice progress is not available: storage is disabled.');
    return emptyProgress();
  }
  if (text === null) return emptyProgress();
  const parsed = parseProgress(text);
  if (parsed.ok) return parsed.progress;
  console.warn(`Practice progress ignored: ${parsed.error}. The old value is kept under "${UNREADABLE_KEY}".`);
  try {
    storage?.setItem(UNREADABLE_KEY, text);
    storage?.removeItem(PROGRESS_KEY);
  } catch {
    // Storage full or read-only: the old value stays where it was.
  }
  return emptyProgress();
}

/** Saves progress; returns false when storage refuses (private mode, quota), never throws. */
export function saveProgress(progress: Progress, storage: Storage | undefined = pageStorage()): boolean {
  return writeItem(PROGRESS_KEY, JSON.stringify(progress), storage);
}

/** Progress with one more rating; the input is left as it was. */
export function rate(progress: Progress, id: string, rating: Rating, now: Date = new Date()): Progress {
  return { ...progress, questions: { ...progress.questions, [id]: { rating, at: now.toISOString() } } };
}

export interface ProgressSummary {
  total: number;
  practised: number;
  counts: Record<Rating, number>;
}

/** Counts over the questions that exist now (ratings of deleted questions are kept but not counted). */
export function summarize(progress: Progress, ids: readonly string[]): ProgressSummary {
  const counts: Record<Rating, number> = { 'needs-work': 0, 'getting-there': 0, 'nailed-it': 0 };
  let practised = 0;
  for (const id of ids) {
    const attempt = progress.questions[id];
    if (!attempt) continue;
    practised++;
    counts[attempt.rating]++;
  }
  return { total: ids.length, practised, counts };
}

/** "3 of 5 practised, 1 needs work", or "None of 5 practised yet". */
export function describeSummary({ total, practised, counts }: ProgressSummary): string {
  if (practised === 0) return `None of ${total} practised yet`;
  const phrase = (rating: Rating, n: number) =>
    rating === 'needs-work' && n > 1 ? 'need work' : RATING_LABELS[rating].toLowerCase();
  const details = RATINGS.filter((rating) => counts[rating] > 0).map((rating) => `${counts[rating]} ${phrase(rating, counts[rating])}`);
  return [`${practised} of ${total} practised`, ...details].join(', ');
}

/** The export file's text: the stored shape, pretty-printed, with any rehearsal attempt records
 * (never their audio) under "attempts" and mock interviews under "sessions". */
export function exportProgress(progress: Progress, records: { attempts?: readonly unknown[]; sessions?: readonly unknown[] } = {}): string {
  const { attempts = [], sessions = [] } = records;
  return `${JSON.stringify({ ...progress, ...(attempts.length && { attempts }), ...(sessions.length && { sessions }) }, null, 2)}\n`;
}
