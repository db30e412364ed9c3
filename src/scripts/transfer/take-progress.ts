// Brings progress from elsewhere into this device, all of it or nothing: a link from "Send to
// another device" (the /import/ page) or an exported file (the progress tools). The reviews of both
// sides are united (merge.ts); the settings, the cheat sheet's choice and the plan's dates come
// when asked for; attempt and interview records are added in one transaction. Loaded on demand
// with the first import.
import { fromReviews, loadProgress, parseProgress, type Progress, type ProgressProblem } from '../../lib/progress.ts';
import { listInFile, parseJson } from '../../lib/json.ts';
import { importRecords } from '../../lib/transfer/import-records.ts';
import { writeItems } from '../../lib/storage-batch.ts';
import { compareRatings, itemsToWrite } from '../../lib/transfer/merge.ts';
import { choicesToWrite, loadChoices, newerChoices, readChoices } from '../../lib/bank/choices.ts';
import type { Transfer } from '../../lib/transfer/payload.ts';
import { listOf, plural } from '../../lib/words.ts';
import { announceRehearsals } from '../shared/dom.ts';

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
  // Your stories' code comes only with a transfer that carries some.
  const stories = transfer.stories === undefined ? { items: {}, newer: 0 } : (await import('../../lib/stories/stored.ts')).storiesToWrite(transfer.stories);
  // Your questions for the interviewer too, merged question by question.
  const asked = transfer.yourQuestions === undefined ? {} : await import('../../lib/conversation/your-questions.ts').then(({ keptYourQuestions, yourQuestionsToWrite }) => yourQuestionsToWrite(transfer.yourQuestions, keptYourQuestions.load()));
  const written = writeItems({ ...itemsToWrite(local, transfer, takeSettings), ...choicesToWrite(choices, transfer.choices), ...stories.items, ...asked });
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
    ...(stories.newer ? [plural(stories.newer, 'new or newer story of yours', 'new or newer stories of yours')] : []),
    ...(transfer.attempts.length ? [plural(added.attempts, 'new rehearsal attempt')] : []),
    ...(transfer.sessions?.length ? [plural(added.sessions, 'new mock interview')] : []),
  ]);
  return { ok: true, progress: loadProgress(), summary };
}

/** What is not progress, in words, for the reader of an imported file: "it has no ratings". */
export const progressProblem = (problem: ProgressProblem): string =>
  typeof problem === 'number'
    ? `rating ${problem + 1} is incomplete`
    : { json: 'it is not valid JSON', version: 'it is not progress of version 1 or 2', ratings: 'it has no ratings' }[problem];

/**
 * An exported file as a transfer, or why it is not one. A file carries no preferences; its plan's
 * dates are taken only where this device has none set.
 */
export function fileTransfer(text: string, hasPlan: boolean): { transfer: Transfer; takePlan: boolean } | { error: string } {
  const parsed = parseProgress(text);
  if (!parsed.ok) return { error: progressProblem(parsed.problem) };
  const { plan, choices, stories, yourQuestions } = Object(parseJson(text)) as { plan?: unknown; choices?: unknown; stories?: unknown; yourQuestions?: unknown };
  return {
    transfer: { reviews: parsed.progress.reviews, ...(plan !== undefined && { plan }), choices, settings: {}, attempts: listInFile(text, 'attempts'), sessions: listInFile(text, 'sessions'), stories, ...(yourQuestions !== undefined && { yourQuestions }) },
    takePlan: !hasPlan && plan !== undefined,
  };
}
