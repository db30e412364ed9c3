// The recording core of the Rehearse panel and the mock interview's room: an attempt being recorded
// (its recording, live transcript, parts marked, follow-up, clock and last save), its record at any
// moment, and the cadence of its saves. Each keeps its own screen, state machine and clock (the
// room's pauses); both record through this. Loaded with the recorder, which it brings: on the
// panel's first Record, on the room's Start.
import type { AttemptRecord } from '../../lib/rehearsal/attempt.ts';
import { newAttempt } from '../../lib/rehearsal/new-attempt.ts';
import type { RehearsalQuestion } from '../../lib/rehearsal/question-data.ts';
import { saveAttempt } from '../../lib/rehearsal/store.ts';
import type { LiveTranscript } from './recognition.ts';
import type { Recording } from './recorder.ts';
// A build of its own (fix-webm-duration is CommonJS: its helpers stay in it), loaded on Stop.
import lengthUrl from './recording-length.ts?worker&url';

export { startRecording } from './recorder.ts';

/** Seconds of recording between saves of an attempt in progress, so leaving the page (or a phone
 * closing the tab) loses at most this much. */
export const AUTOSAVE_SECONDS = 5;

export class LiveAttempt {
  /** Recording needs a secure context, which always has randomUUID. */
  readonly id = crypto.randomUUID();
  readonly at = new Date().toISOString();
  /** When each part after the first began, in seconds of recording. */
  readonly marks: number[] = [];
  // Set as they come: declared only, as a field set to undefined would cost bytes on the first Record.
  declare followUp: AttemptRecord['followUp'];
  declare recording: Recording | undefined;
  /** Timed by this attempt's clock (`seconds`). */
  declare transcript: LiveTranscript | undefined;
  /** Seconds recorded so far, by the clock start() was given; 0 before. */
  seconds: () => number = () => 0;
  #savedAt = 0;

  /** `question` is the one recorded (the panel's card may change under it); `session`, a mock interview's id. */
  constructor(
    readonly question: RehearsalQuestion,
    readonly session?: string,
  ) {}

  /** Recording begins, with `recording` if there is one (a mock interview may be answered unrecorded), timed by `clock`. */
  start(recording: Recording | undefined, clock: () => number): void {
    this.recording = recording;
    this.seconds = clock;
  }

  /** The next part begins now; false once all four have. */
  mark(): boolean {
    if (this.marks.length >= 3) return false;
    this.marks.push(this.seconds());
    return true;
  }

  /** Ends it: its clock stops now, then the recording (already stopped if the microphone went); its whole audio, its length written in. */
  async stop(): Promise<Blob | undefined> {
    const seconds = this.seconds();
    this.seconds = () => seconds;
    this.transcript?.stop();
    // Its length written in (recording-length.ts); without that code (offline before it was kept), the audio as it is.
    return this.recording?.stop().then((audio) => (import(/* @vite-ignore */ lengthUrl) as Promise<typeof import('./recording-length.ts')>).then((length) => length.withLength(audio, seconds), () => audio));
  }

  /** The record as it stands, with `audio`'s size. */
  record(audio?: Blob): AttemptRecord {
    const { transcript } = this;
    return newAttempt({ ...this, seconds: this.seconds(), transcript: transcript?.text(), pieces: transcript?.pieces(), type: this.recording?.type ?? '', bytes: audio?.size ?? 0 });
  }

  /** True once every AUTOSAVE_SECONDS of recording: time to save what has arrived. */
  due(): boolean {
    const seconds = this.seconds();
    if (seconds - this.#savedAt < AUTOSAVE_SECONDS) return false;
    this.#savedAt = seconds;
    return true;
  }

  /** Saves the record with `audio` (what has arrived so far, unless given) when there is any; a closing page cannot wait for more. */
  save(audio = this.recording?.partial()): Promise<void> {
    return saveAttempt(this.record(audio), audio?.size ? audio : undefined);
  }
}
