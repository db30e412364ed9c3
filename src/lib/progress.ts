/**
 * Practice progress kept on this device: every self-rating (a review), with when and where it was
 * given, oldest first. The last rating of each question, which lists and practice show, is worked
 * out from them; so is the study plan (src/lib/plan/), which is why none is ever thrown away.
 * Stored as JSON under one versioned key; every read survives missing, disabled, full or corrupted
 * storage by falling back to empty progress. Version 1 (the last rating only) is read and moved on.
 */

import { isRating, type Attempt, type Rating } from './ratings.ts';
import { parseJson } from './json.ts';
import type { Kept } from './shared-value.ts';
import { pageStorage, readItem, writeItem } from './storage.ts';
import { PROGRESS_KEY, PROGRESS_VERSION, UNREADABLE_PROGRESS_KEY, V1_PROGRESS_KEY } from './kept/keys.ts';

export { PROGRESS_KEY, PROGRESS_VERSION };

export { RATINGS, RATING_LABELS, isRating, type Attempt, type Rating } from './ratings.ts';

/** Where a rating was given: a flashcard, or a mock interview's report. */
export const SOURCES = ['practice', 'interview'] as const;
export type Source = (typeof SOURCES)[number];

export interface Review {
  /** The question's id. */
  q: string;
  r: Rating;
  /** When, ISO 8601. */
  at: string;
  from: Source;
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  /** Every rating, oldest first. */
  reviews: Review[];
  /** The last rating of each question, worked out from the reviews (not stored). */
  questions: Record<string, Attempt>;
}

/** What is wrong with what is not progress: not JSON, another version, no ratings, or the rating at this index (from 0). */
export type ProgressProblem = 'json' | 'version' | 'ratings' | number;

export type ParseResult = { ok: true; progress: Progress; version: 1 | 2 } | { ok: false; problem: ProgressProblem };


const validDate = (at: unknown): at is string => typeof at === 'string' && !Number.isNaN(Date.parse(at));

/** Progress from reviews in any order: sorted by time (stable), the last ratings worked out. */
export function fromReviews(reviews: readonly Review[]): Progress {
  const sorted = [...reviews].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const questions: Record<string, Attempt> = {};
  for (const { q, r, at } of sorted) questions[q] = { rating: r, at };
  return { version: PROGRESS_VERSION, reviews: sorted, questions };
}

export const emptyProgress = (): Progress => fromReviews([]);

/** Validates progress from storage or from an imported file; says what is wrong when it is not progress. */
export function parseProgress(text: string): ParseResult {
  const data = parseJson(text);
  return data === undefined ? { ok: false, problem: 'json' } : readProgress(data);
}

const isReview = (review: unknown): review is Review => {
  const { q, r, at, from } = Object(review) as Record<string, unknown>;
  return typeof q === 'string' && q !== '' && isRating(r) && validDate(at) && SOURCES.includes(from as Source);
};

/**
 * Validates progress already parsed from JSON (storage, a file, a link from another device), of
 * either version: version 1's last ratings become one review each, from practice (the only place
 * that rated then).
 */
export function readProgress(data: unknown): ParseResult {
  const { version, questions, reviews } = Object(data) as Record<string, unknown>;
  if (version !== 1 && version !== 2) return { ok: false, problem: 'version' };
  const list: unknown =
    version === 1
      ? questions && Object.entries(questions).map(([q, last]) => ({ q, r: Object(last).rating, at: Object(last).at, from: 'practice' }))
      : reviews;
  if (!Array.isArray(list)) return { ok: false, problem: 'ratings' };
  const bad = list.findIndex((review) => !isReview(review));
  if (bad >= 0) return { ok: false, problem: bad };
  return { ok: true, progress: fromReviews(list.map(({ q, r, at, from }: Review) => ({ q, r, at, from }))), version };
}

/**
 * Reads progress; anything unreadable gives empty progress and a console warning, never an error.
 * Version 1 is moved to version 2 on the spot, its old value kept aside until the new one is written.
 */
export function loadProgress(storage: Storage | undefined = pageStorage()): Progress {
  // Missing or disabled storage reads as none.
  const text = readItem(PROGRESS_KEY, storage);
  const parsed = text === null ? undefined : parseProgress(text);
  if (!parsed) return emptyProgress();
  if (!parsed.ok) {
    // The next save writes over it: kept aside first, so it is never lost for good.
    console.warn(`Practice progress ignored (${parsed.problem}); kept under "${UNREADABLE_PROGRESS_KEY}".`);
    writeItem(UNREADABLE_PROGRESS_KEY, text!, storage);
    return emptyProgress();
  }
  if (parsed.version === 1 && writeItem(V1_PROGRESS_KEY, text!, storage) && saveProgress(parsed.progress, storage)) {
    try {
      storage?.removeItem(V1_PROGRESS_KEY);
    } catch {
      // Kept aside: no harm.
    }
  }
  return parsed.progress;
}

/** What is stored (and exported): the version and the reviews; the last ratings follow from them. */
export const storedProgress = ({ version, reviews }: Progress) => ({ version, reviews });

/** Progress as stored. */
export const progressText = (progress: Progress): string => JSON.stringify(storedProgress(progress));

/** Saves progress; returns false when storage refuses (private mode, quota), never throws. */
export function saveProgress(progress: Progress, storage: Storage | undefined = pageStorage()): boolean {
  return writeItem(PROGRESS_KEY, progressText(progress), storage);
}

/** The ratings kept on this device, as every tab shares them (shared-value.ts). */
export const keptProgress: Kept<Progress> = { key: PROGRESS_KEY, load: loadProgress, save: saveProgress };

/**
 * Progress with one more rating; the input is left as it was. Idempotent: a rating already in the
 * log (the same question at the same moment) is not added again, so a tab may give it twice
 * (shared-value.ts).
 */
export function rate(progress: Progress, id: string, rating: Rating, now: Date = new Date(), from: Source = 'practice'): Progress {
  const at = now.toISOString();
  return progress.reviews.some((review) => review.q === id && review.at === at) ? progress : fromReviews([...progress.reviews, { q: id, r: rating, at, from }]);
}

/** Progress without the rating given to `id` at `at` (ISO 8601): a rating undone, the ratings before it standing as they were. */
export const unrate = (progress: Progress, id: string, at: string): Progress => fromReviews(progress.reviews.filter((review) => review.q !== id || review.at !== at));
