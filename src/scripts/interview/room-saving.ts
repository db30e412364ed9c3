// The room's saving: each answer as it is recorded (every few seconds, so a reload loses little, and
// as the page closes), the session as it changes, and the first failure said once. What is kept is
// the Rehearse panel's store: an answer is an attempt like any other, with its session's id.
import { notSaved } from '../../lib/interview/messages.ts';
import type { SessionRecord } from '../../lib/interview/session.ts';
import { saveSession } from '../../lib/interview/session-store.ts';
import type { LiveAttempt } from '../rehearsal/live-attempt.ts';

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

  /** The answer in progress (with what has arrived so far) or ended (with its whole `audio`). */
  attempt(live: LiveAttempt, audio?: Blob): Promise<void> {
    return this.run(() => live.save(audio));
  }

  /** The answer being recorded, as often as the recording core's cadence asks. */
  autosave(live: LiveAttempt) {
    if (live.due()) void this.attempt(live);
  }

  session(session: SessionRecord) {
    void this.run(() => saveSession({ ...session, answers: [...session.answers] }));
  }
}
