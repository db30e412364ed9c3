// Recording the room's answers: the microphone (with the camera, when the set-up asks), the live
// transcript, and what the room says when either is refused or goes away; the interview goes on
// timed and silent. An answer is recorded by the recording core it shares with the Rehearse panel.
import { CANNOT_RECORD_HERE, MICROPHONE_LOST, noMicrophone } from '../../lib/interview/messages.ts';
import type { InterviewSetup } from '../../lib/interview/setup.ts';
import { stopwatch } from '../../lib/stopwatch.ts';
import type { Camera } from '../rehearsal/camera.ts';
import { canRecord } from '../rehearsal/can-record.ts';
import type { LiveAttempt } from '../rehearsal/live-attempt.ts';
import { onDeviceRecognizer, showTranscript, type RecognizerClass } from '../rehearsal/recognition.ts';
import { startRecording, type Recording } from '../rehearsal/recorder.ts';
import type { Current } from './room-types.ts';
import type { RoomView } from './room-view.ts';

export class RoomRecording {
  /** Why answers are not recorded ('off' in the set-up, a refused or lost microphone), once said. */
  silent: string | undefined;
  #setup: InterviewSetup | undefined;
  #recognizer: RecognizerClass | undefined;
  /** With the camera in the set-up: its code, loaded with the first answer. */
  #camera: Camera | undefined;
  #view: RoomView;
  #heard: HTMLElement;
  #problem: HTMLElement;

  constructor(view: RoomView) {
    this.#view = view;
    this.#heard = view.part('heard');
    this.#problem = view.part('problem');
  }

  /** Into the room: whether its answers can be recorded (said if not), and whether speech is recognised on this device. */
  enter(setup: InterviewSetup) {
    this.#setup = setup;
    this.silent = !setup.record ? 'off' : canRecord() ? undefined : CANNOT_RECORD_HERE;
    if (this.silent && this.silent !== 'off') this.#problem.textContent = this.silent;
    this.#view.part('meter').hidden = !!this.silent;
    void onDeviceRecognizer().then((recognizer) => (this.#recognizer = recognizer));
  }

  /**
   * `now`'s answer begins: its recording (none when answers are not recorded or the microphone is
   * refused), its clock and its live transcript. False when the room has moved on meanwhile.
   */
  async begin(now: Current, stillNow: () => boolean, paused: boolean): Promise<boolean> {
    const { live } = now;
    const recording = await this.#start(live);
    if (!stillNow()) {
      void recording?.stop();
      return false;
    }
    const watch = (now.recordWatch = stopwatch());
    live.start(recording, watch.seconds);
    if (paused) this.hold(now, true);
    if (this.#recognizer) live.transcript = showTranscript(this.#recognizer, this.#heard, this.#problem, live.seconds);
    return true;
  }

  /** The answer's recording, its clock and its transcript hold together (a pause, a follow-up being asked), or go on. */
  hold({ live, recordWatch }: Current, held: boolean) {
    for (const part of [live.recording, recordWatch, live.transcript]) {
      if (held) part?.pause();
      else part?.resume();
    }
  }

  /** A recording for `live`'s answer, or none: answers not recorded, or the microphone refused (said, and the interview goes on). */
  async #start(live: LiveAttempt): Promise<Recording | undefined> {
    if (this.silent) return undefined;
    try {
      const recording = await startRecording(this.#setup?.camera ? await this.#cameraStream() : undefined);
      recording.onLost(() => this.#lost(live));
      return recording;
    } catch (error) {
      this.#goSilent(noMicrophone(error));
      return undefined;
    }
  }

  /** The answer ends: its recording stops (its whole audio), and the self-view goes. */
  stop(live: LiveAttempt): Promise<Blob | undefined> {
    this.#heard.hidden = true;
    this.#camera?.close();
    return live.stop();
  }

  /** The camera and the microphone for this answer, the self-view in the room. */
  async #cameraStream() {
    const { Camera } = await import('../rehearsal/camera.ts');
    this.#camera ??= new Camera(this.#view.part('camera'), (sentence) => (this.#problem.textContent = sentence));
    return this.#camera.open();
  }

  /** The microphone went away mid-answer: the recording ends, keeping what it had for the answer's end. */
  #lost(live: LiveAttempt) {
    this.#goSilent(MICROPHONE_LOST);
    void live.recording?.stop();
  }

  /** Answers go unrecorded from now, and the room says why. */
  #goSilent(why: string) {
    this.silent = why;
    this.#problem.textContent = why;
    this.#view.part('meter').hidden = true;
  }
}
