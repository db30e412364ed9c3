/** What a mock interview says when something goes wrong: what happened, and what still works. */
import { microphoneMessage } from '../rehearsal/messages.ts';

const nameOf = (error: unknown) => (error instanceof Error || error instanceof DOMException ? error.name : '');

export const GOES_ON = 'The interview goes on without recording; the report still has your timings.';

/** The microphone could not start (refused, missing, busy). */
export const noMicrophone = (error: unknown) => `${/^.*?\.(?=\s|$)/.exec(microphoneMessage(error))![0]} ${GOES_ON}`;

export const MICROPHONE_LOST = `The microphone stopped (unplugged, or its permission was taken back): what was recorded so far is kept. ${GOES_ON}`;

export const CANNOT_RECORD_HERE = 'This browser cannot record audio: the interview runs timed and silent, and still ends with a report.';

/** Saving failed: the report works from this page's memory, with downloads, until it is left. */
export function notSaved(error: unknown): string {
  const why = nameOf(error) === 'QuotaExceededError' ? 'This device’s storage is full' : 'This browser would not let the site save (a private window may not allow it)';
  return `${why}, so this interview is not saved. Its report shows everything until you leave this page: download the recordings you want to keep.`;
}
