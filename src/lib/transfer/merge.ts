/**
 * Bringing a transfer into this device's progress. The reviews of both devices are united (each
 * once): the last rating of each question is then the newer one, and the plan worked out from them
 * is the same on both. The settings, the cheat sheet's choice and the plan's settings, which have no
 * date to compare, come only when asked for. The choices of story, which have one, are merged where
 * they are taken (take-progress.ts, mergeChoices). Attempt and session records merge by id in the
 * rehearsal store (import-records.ts).
 */
import { PLAN_KEY, PLAN_VERSION, PREFERENCE_KEYS, SHEET_KEY, SHEET_VERSION } from '../kept/keys.ts';
import { PROGRESS_KEY, fromReviews, progressText, type Attempt, type Progress, type Review } from '../progress.ts';
import type { Setting, Transfer } from './payload.ts';

export interface RatingChange {
  id: string;
  incoming: Attempt;
  local: Attempt | undefined;
  /** True when the incoming last rating becomes this device's (or it has none). */
  newer: boolean;
}

/** Each question's incoming last rating against this device's, in the order they were last rated. */
export function compareRatings(local: Pick<Progress, 'questions'>, incoming: Pick<Progress, 'questions'>): RatingChange[] {
  return Object.entries(incoming.questions).map(([id, attempt]) => {
    const here = local.questions[id];
    return { id, incoming: attempt, local: here, newer: !here || Date.parse(attempt.at) > Date.parse(here.at) };
  });
}

/**
 * Two devices' progress together: every review of either, each once. The same whichever way round
 * (and the plan worked out from it is the same too).
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const key = ({ q, r, at, from }: Review) => `${q}\n${r}\n${Date.parse(at)}\n${from}`;
  const all = new Map([...a.reviews, ...b.reviews].map((review) => [key(review), review]));
  // Sorted by key too, so equal times never depend on which side came first.
  return fromReviews([...all.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, review]) => review));
}

/** The localStorage items an import writes: the united progress, and the settings when taken. */
export function itemsToWrite(local: Progress, transfer: Transfer, takeSettings: boolean): Record<string, string> {
  const items: Record<string, string> = {};
  const merged = mergeProgress(local, fromReviews(transfer.reviews));
  if (merged.reviews.length !== local.reviews.length) items[PROGRESS_KEY] = progressText(merged);
  if (!takeSettings) return items;
  for (const [name, value] of Object.entries(transfer.settings)) items[PREFERENCE_KEYS[name as Setting]] = value;
  // Both written as this version keeps them (kept/versioned.ts, storedText: the fields and the
  // version), whichever version sent them; written here, so that an import carries no storage code.
  if (transfer.sheet) items[SHEET_KEY] = JSON.stringify({ off: [...transfer.sheet].sort(), version: SHEET_VERSION });
  // Read field by field where it is read (settings.ts): a date that is not a day is dropped then, and said.
  if (transfer.plan !== undefined) items[PLAN_KEY] = JSON.stringify({ ...Object(transfer.plan), version: PLAN_VERSION });
  return items;
}
