// Brings progress from elsewhere into this device, all of it or nothing: a link from "Send to
// another device" (the /import/ page) or an exported file (the progress tools). The reviews of both
// sides are united (merge.ts); the settings, the cheat sheet's choice and the plan's dates come
// when asked for; attempt and interview records are added in one transaction. Loaded on demand
// with the first import.
import { fromReviews, loadProgress, parseProgress, type Progress } from '../lib/progress.ts';
import { listInFile, parseJson } from '../lib/json.ts';
import { importRecords } from '../lib/rehearsal/sessions.ts';
import { writeItems } from '../lib/storage-batch.ts';
import { compareRatings, itemsToWrite } from '../lib/transfer/merge.ts';
import { choicesToWrite, loadChoices, newerChoices, readChoices } from '../lib/bank/choices.ts';
import type { Transfer } from '../lib/transfer/payload.ts';
import { listOf, plural } from '../lib/words.ts';
import { announceRehearsals } from './rehearse/dom.ts';

export type Taken =
  /** `summary`: "2 newer ratings and 1 new rehearsal attempt", what the import brought, in words. */
  | { ok: true; progress: Progress; summary: string }
  /** Storage refused the ratings (full or turned off), or the records (`error`): nothing changed. */
  | { ok: false; error?: Error };

export async function takeTransfer(transfer: Transfer, takeSettings: boolean): Promise<Taken> {
  const local = loadProgress();
  const newer = compareRatings(local, fromReviews(transfer.reviews)).filter((change) => change.newer).length;
  const { choices } = loadChoices();
  const chosen = newerChoices(choices, readChoices(transfer.choices));
  const written = writeItems({ ...itemsToWrite(local, transfer, takeSettings), ...choicesToWrite(choices, transfer.choices) });
  if (!written) return { ok: false };
  let added = { attempts: 0, sessions: 0 };
  if (transfer.attempts.length + (transfer.sessions?.length ?? 0)) {
    try {
      added = await importRecords(transfer.attempts, transfer.sessions);
      announceRehearsals();
    } catch (error) {
      // One transaction: no record was written. The ratings and settings go back too.
      written.undo();
      return { ok: false, error: error as Error };
    }
  }
  const summary = listOf([
    plural(newer, 'newer rating'),
    ...(chosen ? [plural(chosen, 'newer choice of story', 'newer choices of story')] : []),
    ...(transfer.attempts.length ? [plural(added.attempts, 'new rehearsal attempt')] : []),
    ...(transfer.sessions?.length ? [plural(added.sessions, 'new mock interview')] : []),
  ]);
  return { ok: true, progress: loadProgress(), summary };
}

/**
 * An exported file as a transfer, or why it is not one. A file carries no preferences; its plan's
 * dates are taken only where this device has none set.
 */
export function fileTransfer(text: string, hasPlan: boolean): { transfer: Transfer; takePlan: boolean } | { error: string } {
  const parsed = parseProgress(text);
  if (!parsed.ok) return { error: parsed.error };
  const { plan, choices } = Object(parseJson(text)) as { plan?: unknown; choices?: unknown };
  return {
    transfer: { reviews: parsed.progress.reviews, ...(plan !== undefined && { plan }), choices, settings: {}, attempts: listInFile(text, 'attempts'), sessions: listInFile(text, 'sessions') },
    takePlan: !hasPlan && plan !== undefined,
  };
}
