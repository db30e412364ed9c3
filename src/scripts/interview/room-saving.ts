// The room's saving: each answer as it is recorded (every few seconds, so a reload loses little, and
// as the page closes), the session as it changes, and the first failure said once. What is kept is
// the Rehearse panel's store: an answer is an attempt like any other, with its session's id.
import { notSaved } from '../../lib/interview/messages.ts';
import type { SessionRecord } from '../../lib/interview/session.ts';
import { saveSession } from '../../lib/rehearsal/sessions.ts';
import * as store from '../../lib/rehearsal/store.ts';
import type { Current } from './room-types.ts';

/** Seconds between saves of an answer being recorded, so a reload loses at most this much. */
const AUTOSAVE_SECONDS = 5;

export class RoomSaving {
  /** Why the first save that failed did; empty while every save is kept. */
  problem = '';
  /** Each save kept, or the first failure (once), for the room or the report to say. */
  said: { kept(): void; failed(problem: string): void };

  constructor(said: RoomSaving['said']) {
    this.said = said;
  }

  /** Saves; says it is kept, or (the first failure, once) why not. */
  run(write: () => Promise<void>): Promise<void> {
    return write().then(
      () => this.said.kept(),
      (error: unknown) => {
        if (this.problem) return;
        this.problem = notSaved(error);
        this.said.failed(this.problem);
      },
    );
  }

  /** The answer in progress or ended, with what audio there is. */
  attempt(now: Current, audio = now.recording?.partial()): Promise<void> {
    const record = { ...now.record, bytes: audio?.size ?? 0 };
    return this.run(() => store.saveAttempt(record, audio?.size ? audio : undefined));
  }

  /** The answer being recorded, every few seconds of it, with its transcript so far. */
  autosave(now: Current) {
    const seconds = now.recordWatch?.seconds() ?? 0;
    if (seconds - now.savedAt < AUTOSAVE_SECONDS) return;
    now.savedAt = seconds;
    this.#progress(now, seconds);
  }

  /** A reload or a closed tab: what was recorded so far (a page that is closing cannot wait). */
  leaving(now: Current | undefined) {
    if (now?.phase === 'answering' || now?.part === 'follow-up') this.#progress(now, now.recordWatch?.seconds() ?? 0);
  }

  #progress(now: Current, seconds: number) {
    now.record.seconds = seconds;
    const text = now.transcript?.text();
    if (text) now.record.transcript = text;
    const pieces = now.transcript?.pieces();
    if (pieces?.length) now.record.pieces = pieces;
    void this.attempt(now);
  }

  session(session: SessionRecord) {
    void this.run(() => saveSession({ ...session, answers: [...session.answers] }));
  }
}
