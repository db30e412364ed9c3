/**
 * Bringing a transfer into this device's progress. Per question the newer rating wins; the
 * settings and the cheat sheet's choice, which have no date to compare, come only when asked for.
 * Attempt records merge by id in the rehearsal store (store.ts, importAttempts).
 */
import { PREFERENCE_KEYS, SHEET_KEY } from '../preferences.ts';
import { PROGRESS_KEY, type Attempt, type Progress } from '../progress.ts';
import type { Setting, Transfer } from './payload.ts';

export interface RatingChange {
  id: string;
  incoming: Attempt;
  local: Attempt | undefined;
  /** True when the incoming rating would replace this device's (or it has none). */
  newer: boolean;
}

/** Each incoming rating against this device's, in the transfer's order. */
export function compareRatings(local: Progress, incoming: Transfer['ratings']): RatingChange[] {
  return Object.entries(incoming).map(([id, attempt]) => {
    const here = local.questions[id];
    return { id, incoming: attempt, local: here, newer: !here || Date.parse(attempt.at) > Date.parse(here.at) };
  });
}

/** This device's progress with every newer incoming rating in it; the input is left as it was. */
export function mergeRatings(local: Progress, incoming: Transfer['ratings']): Progress {
  const questions = { ...local.questions };
  for (const change of compareRatings(local, incoming)) if (change.newer) questions[change.id] = change.incoming;
  return { ...local, questions };
}

/** The localStorage items an import writes: merged progress, and the settings when taken. */
export function itemsToWrite(local: Progress, transfer: Transfer, takeSettings: boolean): Record<string, string> {
  const items: Record<string, string> = {};
  if (compareRatings(local, transfer.ratings).some((change) => change.newer)) {
    items[PROGRESS_KEY] = JSON.stringify(mergeRatings(local, transfer.ratings));
  }
  if (!takeSettings) return items;
  for (const [name, value] of Object.entries(transfer.settings)) items[PREFERENCE_KEYS[name as Setting]] = value;
  if (transfer.sheet) items[SHEET_KEY] = JSON.stringify([...transfer.sheet].sort());
  return items;
}
