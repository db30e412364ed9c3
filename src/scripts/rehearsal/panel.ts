// What the Rehearse panel does once opened: record an answer, mark its parts, check the
// key points, analyse a transcript, take a follow-up, and keep the attempts on this device.
import { clock } from '../../lib/clock.ts';
import { audioFileName, type AttemptRecord } from '../../lib/rehearsal/attempt.ts';
import { FOLLOW_UP_SECONDS, chooseFollowUp, followUpsFor } from '../../lib/rehearsal/follow-ups.ts';
import { CANNOT_RECORD, microphoneMessage, readMessage, saveMessage, skippedMessage } from '../../lib/rehearsal/messages.ts';
import { readRehearsalQuestion, type RehearsalQuestion } from '../../lib/rehearsal/question-data.ts';
import * as store from '../../lib/rehearsal/store.ts';
import { isTyping, singleKeyShortcutsOn } from '../../lib/shortcuts.ts';
import type { AttemptView } from './attempt-view.ts';
import { REHEARSALS_CHANGED, announceRehearsals, bytes, download, h } from '../shared/dom.ts';
import { describeAttempt, renderHistory } from './history.ts';
import { showTranscript, type RecognizerClass } from './recognition.ts';
import { recognitionOffer } from './recognition-offer.ts';
import type { Camera } from './camera.ts';
import { canRecord } from './can-record.ts';
import type { LiveAttempt } from './live-attempt.ts';

/** The attempt on show after Stop: its audio stays playable here even when it could not be saved. */
interface Shown {
  record: AttemptRecord;
  /** Made once the analysis has loaded (the first Stop loads it). */
  view?: AttemptView;
  saved: boolean;
}

export class Rehearsal {
  #host: HTMLElement;
  #question: RehearsalQuestion | undefined;
  /** The recording in progress, and its screen's clock. */
  #live: LiveAttempt | undefined;
  #liveTick: ReturnType<typeof setInterval> | undefined;
  #shown: Shown | undefined;
  #attempts: AttemptRecord[] = [];
  #asked: string[] = [];
  #followTick: ReturnType<typeof setInterval> | undefined;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #reportedSkipped = false;
  /** Set by the line about speech recognition, once it can start on this device (perhaps just fetched). */
  #recognizer: RecognizerClass | undefined;
  /** With "Record with my camera" on: the camera, its code loading from then (Record waits for it). */
  #camera: Promise<Camera> | undefined;
  /** What the panel listens to outside itself, while it is on the page. */
  #listening: AbortController | undefined;
  #cardChanges = new MutationObserver(() => void this.#changeQuestion());

  #record = h('button', { type: 'button', className: 'primary' }, 'Record');
  #mark = h('button', { type: 'button', disabled: true }, 'Next part');
  #follow = h('button', { type: 'button' }, 'Ask me a follow-up');
  #clock = h('span', { className: 'clock' }, '0:00');
  #part = h('span');
  #meter = h('meter', { min: 0, max: 1, value: 0, 'aria-label': 'Microphone level' });
  #heard = h('p', { className: 'heard', hidden: true });
  #liveBox = h('div', { className: 'live', hidden: true });
  #status = h('p', { role: 'status', className: 'status' });
  #problem = h('p', { role: 'alert', className: 'problem' });
  #followBox = h('div', { className: 'follow-up', hidden: true });
  #attempt = h('section', { className: 'attempt', hidden: true, 'aria-label': 'Your attempt' });
  #history = h('ol', { className: 'history' });
  #usage = h('p', { className: 'muted' });

  constructor(host: HTMLElement, body: HTMLElement) {
    this.#host = host;
    const supported = canRecord();
    this.#liveBox.append(
      h('p', {}, h('span', { className: 'dot', 'aria-hidden': 'true' }), h('strong', {}, 'Recording'), ' ', this.#clock, ' · ', this.#part),
      this.#meter,
      this.#heard,
    );
    // The keys' line comes with the page (its words cost less there than in this code).
    const keys = body.querySelector<HTMLElement>('[data-keys]')!;
    keys.hidden = !supported;
    const camera = body.querySelector<HTMLElement>('[data-camera]')!;
    camera.hidden = !supported;
    const box = camera.querySelector('input')!;
    // Off whenever the panel opens (a browser may restore a ticked box on Back).
    box.checked = false;
    const note = (sentence: string) => (camera.querySelector('[data-camera-note]')!.textContent = sentence);
    box.onchange = () => {
      const module = import('./camera.ts');
      this.#camera = box.checked ? module.then((camera) => new camera.Camera(this.#liveBox, note)) : undefined;
      void module.then((camera) => camera.checkOption(box, note));
    };
    body.replaceChildren(
      supported ? h('div', { className: 'row' }, this.#record, this.#mark, this.#follow) : h('div', { className: 'row' }, this.#follow),
      supported ? '' : h('p', { className: 'problem' }, CANNOT_RECORD),
      keys,
      camera,
      recognitionOffer((recognizer) => (this.#recognizer = recognizer)),
      this.#liveBox,
      this.#status,
      this.#problem,
      this.#followBox,
      this.#attempt,
      h('h3', {}, 'Your attempts'),
      this.#usage,
      this.#history,
    );

    this.#record.onclick = () => void (this.#live ? this.#stop() : this.#start());
    this.#mark.onclick = () => this.#nextPart();
    this.#follow.onclick = () => this.#askFollowUp();
  }

  /** On the page: listens to it (keys, leaving, attempts changed elsewhere) and to the card changing, and shows the card's attempts. */
  connect() {
    const { signal } = (this.#listening = new AbortController());
    document.addEventListener('keydown', this.#onKey, { signal });
    // Leaving the page stops the recording and keeps what was recorded so far.
    addEventListener('pagehide', () => void this.#stop(true), { signal });
    document.addEventListener(REHEARSALS_CHANGED, () => void this.#loadHistory(), { signal });
    this.#cardChanges.observe(this.#host, { attributeFilter: ['data-rehearse'] });
    void this.#changeQuestion();
  }

  /** Off the page: a recording stops and is kept, and nothing outside the panel is listened to any more. */
  disconnect() {
    this.#listening?.abort();
    this.#cardChanges.disconnect();
    clearInterval(this.#followTick);
    void this.#stop();
  }

  /** The practice session moved to another card: stop and keep any recording, show that card's attempts. */
  async #changeQuestion() {
    if (this.#live) await this.#stop();
    this.#question = readRehearsalQuestion(this.#host.dataset['rehearse']);
    this.#shown?.view?.dispose();
    this.#shown = undefined;
    this.#attempt.hidden = true;
    this.#followBox.hidden = true;
    clearInterval(this.#followTick);
    await this.#loadHistory();
  }

  async #start() {
    const question = this.#question;
    if (!question || this.#live) return;
    this.#say('');
    this.#problem.textContent = '';
    let live: LiveAttempt;
    try {
      // The recorder's code (with the recording core) loads on the first Record: opening the panel needs none of it.
      const { startRecording, LiveAttempt } = await import('./live-attempt.ts');
      const camera = await this.#camera;
      const recording = await startRecording(await camera?.open());
      live = new LiveAttempt(question);
      const started = performance.now();
      live.start(recording, () => Math.round((performance.now() - started) / 100) / 10);
    } catch (error) {
      this.#problem.textContent = microphoneMessage(error);
      return;
    }
    if (this.#recognizer) live.transcript = showTranscript(this.#recognizer, this.#heard, this.#problem, live.seconds);
    this.#live = live;
    this.#liveTick = setInterval(() => this.#showLive(), 200);
    this.#showRecording(true);
    this.#attempt.hidden = true;
    this.#showLive();
    this.#say(`Recording. Part 1 of 4: ${question.labels[0]}.`);
  }

  /** The Record button becomes Stop (its label says its state), and the live view shows. */
  #showRecording(on: boolean) {
    this.#record.textContent = on ? 'Stop' : 'Record';
    this.#host.toggleAttribute('data-recording', on);
    this.#mark.disabled = !on;
    this.#liveBox.hidden = !on;
  }

  #showLive() {
    const live = this.#live;
    if (!live) return;
    this.#clock.textContent = `${clock(live.seconds())} of about ${clock(live.question.seconds)}`;
    const part = live.marks.length;
    this.#part.textContent = `Part ${part + 1} of 4: ${live.question.labels[part]}`;
    this.#meter.value = live.recording?.level() ?? 0;
    // Failures are said once, when the recording stops and is saved whole.
    if (live.due()) void live.save().catch(() => {});
  }

  #nextPart() {
    const live = this.#live;
    if (!live?.mark()) return;
    const part = live.marks.length;
    this.#showLive();
    this.#say(`Part ${part + 1} of 4: ${live.question.labels[part]}, at ${clock(live.seconds())}.`);
    if (part === 3) this.#mark.disabled = true;
  }

  /**
   * Stops, shows the attempt, and saves it with its audio; a failed save keeps it playable here.
   * A page that is closing cannot wait for the recorder: it saves what has arrived so far.
   */
  async #stop(leaving = false) {
    const live = this.#live;
    if (!live) return;
    this.#live = undefined;
    clearInterval(this.#liveTick);
    if (leaving) {
      void live.save().catch(() => {});
      return void live.stop();
    }
    this.#showRecording(false);
    this.#heard.hidden = true;
    const blob = await live.stop();
    const record = live.record(blob);
    const seconds = record.seconds;
    const same = live.question.id === this.#question?.id;
    if (same) void this.#show(record, live.question, blob);
    this.#say(`Stopped at ${clock(seconds)}.`);
    try {
      await store.saveAttempt(record, blob);
      if (this.#shown?.record === record) this.#shown.saved = true;
      this.#say(`Stopped at ${clock(seconds)}. Saved on this device.`);
      // The first saved recording asks the browser not to evict what this site stores (a request,
      // not a promise: recordings are saved either way).
      void navigator.storage?.persist?.().catch(() => {});
    } catch (error) {
      this.#problem.textContent = saveMessage(error);
    }
    await this.#loadHistory();
  }

  #askFollowUp() {
    const question = this.#question;
    if (!question) return;
    const asked = [...this.#asked, ...this.#attempts.map((a) => a.followUp?.question ?? '')];
    const followUp = chooseFollowUp(followUpsFor(question.kind, question.followUps), asked);
    if (!followUp) return;
    this.#asked.unshift(followUp);
    const live = this.#live;
    if (live && !live.followUp) live.followUp = { question: followUp, at: live.seconds() };
    else if (!live && this.#shown) {
      this.#shown.record.followUp = { question: followUp };
      this.#saveSoon();
    }
    let left = FOLLOW_UP_SECONDS;
    const time = h('p', { className: 'clock', role: 'timer', 'aria-label': 'Time left to answer' }, clock(left));
    this.#followBox.replaceChildren(h('p', {}, h('strong', {}, 'Follow-up: '), followUp), time);
    this.#followBox.hidden = false;
    this.#say(`Follow-up: ${followUp} You have ${FOLLOW_UP_SECONDS} seconds.${live ? ' Marked in this recording.' : ''}`);
    clearInterval(this.#followTick);
    this.#followTick = setInterval(() => {
      time.textContent = clock(--left);
      if (left > 0) return;
      clearInterval(this.#followTick);
      time.textContent = '0:00, time’s up';
      this.#say('Time’s up for the follow-up.');
    }, 1000);
  }

  /** The attempt with its analysis, whose code loads with the first attempt to look at. */
  async #show(record: AttemptRecord, question: RehearsalQuestion, audio: Blob | undefined) {
    this.#shown?.view?.dispose();
    const shown: Shown = { record, saved: false };
    this.#shown = shown;
    const { attemptView, partTextsFor } = await import('./attempt-view.ts');
    if (this.#shown !== shown) return;
    shown.view = attemptView(record, question, { audio, onChange: () => this.#saveSoon(), words: partTextsFor(question.id) });
    this.#attempt.replaceChildren(h('h3', {}, 'Your attempt'), shown.view.element);
    this.#attempt.hidden = false;
  }

  /** Notes (ticks, transcript, follow-up) are saved a moment after the last change. */
  #saveSoon() {
    const shown = this.#shown;
    if (!shown?.saved) return;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => {
      store.updateAttempt(shown.record).then(
        () => {
          this.#say('Saved on this device.');
          return this.#loadHistory();
        },
        (error: unknown) => (this.#problem.textContent = saveMessage(error)),
      );
    }, 400);
  }

  async #loadHistory() {
    const question = this.#question;
    // A practice card whose answer (what the panel reads) is still on its way: nothing of the last card's.
    if (!question) return void this.#history.replaceChildren();
    let listing: store.Listing;
    try {
      listing = await store.listAttempts(question.id);
    } catch (error) {
      this.#usage.textContent = readMessage(error);
      this.#attempts = [];
      this.#history.replaceChildren();
      return;
    }
    if (listing.skipped && !this.#reportedSkipped) {
      this.#reportedSkipped = true;
      this.#problem.textContent = skippedMessage(listing.skipped);
    }
    this.#attempts = listing.attempts;
    renderHistory(this.#history, listing.attempts, question, {
      play: (record, item) => void this.#play(record, item),
      download: (record) => void store.getAudio(record.id).then((blob) => blob && download(blob, audioFileName(record))),
      remove: (record) => void this.#remove(record),
    });
    await this.#showUsage();
  }

  async #showUsage() {
    if (this.#attempts.length === 0) {
      this.#usage.textContent = 'None yet. Each recording you stop is kept here, on this device only.';
      return;
    }
    const all = await store.listAttempts().catch(() => undefined);
    const recordings = all?.attempts.reduce((sum, a) => sum + a.bytes, 0) ?? 0;
    let line = `Recordings on this device take ${bytes(recordings)}`;
    try {
      const { usage, quota } = (await navigator.storage?.estimate?.()) ?? {};
      if (usage !== undefined && quota) line += `; about ${bytes(Math.max(0, quota - usage))} is left for this site`;
    } catch {
      // No estimate: the recordings' own size is still right.
    }
    const clear = h('button', { type: 'button', className: 'quiet' }, 'Delete all recordings');
    clear.onclick = () =>
      confirm('Delete every recording, rehearsal attempt and mock interview kept on this device? Ratings are kept.') &&
      void store.deleteAll().then(announceRehearsals, (error: unknown) => (this.#problem.textContent = readMessage(error)));
    this.#usage.replaceChildren(`${line}. `, clear);
  }

  async #play(record: AttemptRecord, item: HTMLElement) {
    const blob = await store.getAudio(record.id).catch(() => undefined);
    if (!blob) return void (this.#problem.textContent = 'That recording’s audio could not be read.');
    // With the camera, the picture plays as the interviewer saw it.
    // The one player of a recording (attempt-view.ts), with the picture as the interviewer saw it.
    const audio = (await import('./attempt-view.ts')).player(record, blob);
    item.querySelector('audio, video')?.remove();
    item.append(audio);
    void audio.play().catch(() => {});
  }

  async #remove(record: AttemptRecord) {
    if (!confirm(`Delete the attempt of ${new Date(record.at).toLocaleString()} (${describeAttempt(record, this.#question!)})?`)) return;
    try {
      await store.deleteAttempt(record.id);
      if (this.#shown?.record.id === record.id) this.#attempt.hidden = true;
      this.#say('Attempt deleted.');
    } catch (error) {
      this.#problem.textContent = saveMessage(error);
    }
    await this.#loadHistory();
  }

  #say(message: string) {
    this.#status.textContent = message;
  }

  #onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Escape' && this.#live) {
      void this.#stop();
      return;
    }
    if (!this.#host.querySelector('details')?.open || !singleKeyShortcutsOn() || isTyping(event.target)) return;
    const key = event.key.toLowerCase();
    if (key === 'r' && canRecord()) void (this.#live ? this.#stop() : this.#start());
    else if (key === 'm') this.#nextPart();
    else return;
    event.preventDefault();
  };
}
