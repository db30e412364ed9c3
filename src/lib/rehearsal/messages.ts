/** What to tell a person when the browser says no, by the error's name: each says what they can do. */

const nameOf = (error: unknown) => (error instanceof Error || error instanceof DOMException ? error.name : '');

export const CANNOT_RECORD = 'This browser cannot record audio. The timer, the transcript box and the follow-ups still work.';

export function microphoneMessage(error: unknown): string {
  switch (nameOf(error)) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'Microphone access was refused: allow it in this site’s settings to record. The timer and everything else still work.';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'No microphone was found.';
    case 'NotReadableError':
      return 'The microphone could not be started: another app may be using it.';
    default:
      return `Recording could not start (${nameOf(error) || 'unknown error'}).`;
  }
}

const KEPT = 'This recording stays playable and downloadable on this page until you leave it; earlier attempts are untouched.';

export function saveMessage(error: unknown): string {
  switch (nameOf(error)) {
    case 'QuotaExceededError':
      return `This device’s storage is full, so the recording was not saved. ${KEPT}`;
    case 'VersionError':
      return `Recordings here were saved by a newer version of this site: reload the page. ${KEPT}`;
    default:
      return `This browser would not let the site save recordings (a private window may not allow it). ${KEPT}`;
  }
}

export function readMessage(error: unknown): string {
  return nameOf(error) === 'VersionError'
    ? 'Your saved attempts come from a newer version of this site: reload the page to see them.'
    : 'Saved attempts cannot be read in this browser (a private window may not allow it). Recording still works.';
}

export const skippedMessage = (n: number) => `Saved attempts that could not be read, left out: ${n}. Nothing else is affected.`;

/** The live transcript failed (`service-not-allowed`, `language-not-supported`, …): the typed one still works. */
export const transcriptStopped = (error: string) => `The live transcript stopped (${error}): type or paste what you said afterwards.`;
