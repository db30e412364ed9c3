// <interview-room>: a mock interview as the round happens. One question at a time, shown large (and
// read aloud with an on-device voice), a moment to think, then the answer recorded against a clock, a
// follow-up, and on to the next; then the report. No model answer is on screen until the report. The
// recorder, recording core, store and analysis are the Rehearse panel's. This module is the state
// machine and its clocks: the screen is room-view.ts's, recording room-recording.ts's, what is kept
// room-records.ts's, the saving room-saving.ts's, the conversation around the questions talk.ts's.
import { chooseQuestions } from '../../lib/interview/pick.ts';
import type { SessionRecord } from '../../lib/interview/session.ts';
import { deleteSession } from '../../lib/interview/session-store.ts';
import { answerLimit } from '../../lib/interview/answer-limit.ts';
import { loadProgress } from '../../lib/progress.ts';
import { chooseFollowUp, followUpsFor } from '../../lib/rehearsal/follow-ups.ts';
import * as store from '../../lib/rehearsal/store.ts';
import { stopwatch, type Stopwatch } from '../../lib/stopwatch.ts';
import { h } from '../shared/dom.ts';
import { LiveAttempt } from '../rehearsal/live-attempt.ts';
import type { InterviewQuestion } from './questions.ts';
import type { Report, ReportRoom } from './report.ts';
import { roomKeys } from './room-keys.ts';
import { RoomRecords } from './room-records.ts';
import { RoomRecording } from './room-recording.ts';
import { RoomSaving } from './room-saving.ts';
import type { Asked, Current, StartOptions } from './room-types.ts';
import { roomView, showKeeping, showNow } from './room-view.ts';
import { speak } from './voice.ts';
import type { Talk } from './talk.ts';

export type { Asked, StartOptions };
/** The voice stops (a pause, a skip, the room left). */
const hush = () => 'speechSynthesis' in globalThis && speechSynthesis.cancel();

export class InterviewRoom extends HTMLElement implements ReportRoom {
  // The report's view of the room (ReportRoom): the set-up, what is kept, the saving.
  options!: StartOptions;
  readonly records = new RoomRecords();
  readonly saving = new RoomSaving({
    kept: () => this.#report?.kept(),
    failed: (problem) => (this.dataset['view'] === 'room' ? (this.#problem.textContent = problem) : this.#report?.problem(problem)),
  });
  #plan: Asked[] = [];
  #now: Current | undefined;
  #roomWatch: Stopwatch | undefined;
  #tick: ReturnType<typeof setInterval> | undefined;
  /** What the room listens to on the page (keys, the tab hidden, the page closing) while it is entered. */
  #listening: AbortController | undefined;
  #paused: 'you' | 'away' | undefined;
  #turns = 0;
  /** The report's question index being retried, if this run is a retry. */
  #retry: number | undefined;
  #report: Report | undefined;
  /** The conversation around the questions (talk.ts), when the set-up switches some of it on. */
  #talk: Talk | undefined;

  #view = roomView(this);
  #recording = new RoomRecording(this.#view);
  #progressLine = this.#view.part('progress');
  #question = this.#view.part('question');
  #done = this.#view.part<HTMLButtonElement>('done');
  #pause = this.#view.part<HTMLButtonElement>('pause');
  #problem = this.#view.part('problem');

  constructor() {
    super();
    // The room's own buttons, once: they go where the room goes.
    this.#done.addEventListener('click', () => void this.#doneOrSkip());
    this.#view.part('mark').addEventListener('click', () => this.#nextPart());
    this.#pause.addEventListener('click', this.#togglePause);
    this.#view.part('end').addEventListener('click', () => void this.#endInterview());
  }

  /** Taken off the page mid-interview: the answer being recorded is kept as far as it went, and the room lets go of the page. */
  disconnectedCallback() {
    const now = this.#now;
    if (now) {
      this.#onLeave();
      this.#now = undefined;
      void this.#recording.stop(now.live);
    }
    this.#leave();
  }

  /** Starts an interview with `options`; resolves once the first question is on screen. */
  async start(options: StartOptions): Promise<void> {
    this.options = options;
    this.#retry = undefined;
    const { setup } = options;
    this.#talk = setup.opening || setup.closing || setup.interrupt || setup.short || !setup.main ? new (await import('./talk.ts')).Talk(this, speak) : undefined;
    const chosen = chooseQuestions(options.questions, setup, options.only, loadProgress);
    await this.#prepare((await this.#talk?.plan(chosen)) ?? chosen);
    this.records.begin(options, this.#plan);
    this.saving.problem = '';
    this.#enter();
    this.saveSession();
    this.#ask(0);
  }

  /** Records one question of a report again; the report shows the new answer in its place. */
  async retry(report: Report, index: number): Promise<void> {
    const answer = this.records.session.answers[index];
    const question = answer && this.records.asked.get(answer.question);
    if (!question) return;
    this.#report = report;
    this.#retry = index;
    this.#plan = [question];
    this.#enter();
    this.#ask(0);
  }

  /** Shows the report of a session kept on this device (from the list of past interviews). */
  async openReport(session: SessionRecord, questions: InterviewQuestion[], voice?: SpeechSynthesisVoice): Promise<void> {
    this.options = { setup: session.setup, questions, voice };
    const known = questions.filter((question) => session.answers.some((answer) => answer.question === question.id));
    await this.#prepare(known);
    await (await import('./report.ts')).readKept(this.records, session);
    this.saving.problem = '';
    void this.#showReport();
  }

  /** The questions, with what each one's own page holds (model answer, key points), fetched all at once. */
  async #prepare(questions: InterviewQuestion[]) {
    this.replaceChildren(h('p', { role: 'status' }, 'Getting the questions ready…'));
    this.hidden = false;
    this.#plan = await this.records.prepare(questions);
  }

  /** Into the room: its screen, its clock, its keys. */
  #enter() {
    this.dataset['view'] = 'room';
    this.dispatchEvent(new Event('interview-change', { bubbles: true }));
    this.replaceChildren(this.#view.room);
    this.#problem.textContent = '';
    this.#showPaused(undefined);
    this.#recording.enter(this.options.setup);
    this.#roomWatch = stopwatch();
    this.#tick = setInterval(() => this.#update(), 200);
    // Focus moves to the room's main action; the question itself is announced (once).
    this.#done.focus({ preventScroll: true });
    const { signal } = (this.#listening = new AbortController());
    document.addEventListener('keydown', this.#onKey, { signal });
    document.addEventListener('visibilitychange', this.#onVisibility, { signal });
    addEventListener('pagehide', this.#onLeave, { signal });
    scrollTo({ top: 0 });
  }

  /** Out of the room (to the report, or off the page): the page, the clock and the voice let go. */
  #leave() {
    clearInterval(this.#tick);
    this.#listening?.abort();
    hush();
  }

  /** The question at `index`: shown, announced, read aloud if asked, then a moment to think. */
  #ask(index: number) {
    const question = this.#plan[index];
    if (!question) return void this.#finish();
    const { rehearsal } = question.model;
    this.#now = {
      index,
      question,
      part: 'answer',
      phase: 'asking',
      phaseWatch: stopwatch(),
      live: new LiveAttempt(rehearsal, this.records.session.id),
      limit: answerLimit(this.options.setup.limit, rehearsal.seconds),
      warned: false,
      timeUp: false,
      turn: 0,
    };
    this.#progressLine.textContent = `Question ${index + 1} of ${this.#plan.length}`;
    this.#showAsking(question.question, `Question ${index + 1} of ${this.#plan.length}: ${question.question}`);
  }

  /** A question or follow-up on screen: said once to screen readers (a live region; focus stays put). */
  #showAsking(text: string, announcement: string) {
    this.#question.textContent = text;
    this.#announce(announcement);
    this.#speakThenThink();
  }

  #speakThenThink() {
    const now = this.#now!;
    now.phase = 'asking';
    now.phaseWatch = stopwatch();
    now.turn = ++this.#turns;
    this.#update();
    const { voice, setup } = this.options;
    if (!voice || !setup.voice) return this.#think();
    const turn = now.turn;
    const text = this.#question.textContent ?? '';
    const wanted = () => this.#now === now && now.turn === turn && !this.#paused;
    void speak(text, voice, wanted).then(() => wanted() && now.phase === 'asking' && this.#think());
  }

  #think() {
    const now = this.#now!;
    now.phase = 'thinking';
    now.phaseWatch = stopwatch();
    if (this.options.setup.thinking === 0) return void this.#answer();
    this.#update();
  }

  /** Recording starts (or goes on, for the follow-up) and the answer's clock runs. */
  async #answer() {
    const now = this.#now!;
    if (now.phase === 'starting' || now.phase === 'answering') return;
    now.phase = 'starting';
    now.turn = ++this.#turns;
    hush();
    const live = now.live;
    if (now.part === 'follow-up') this.#recording.hold(now, false);
    else {
      // The answer is part of the session from its first second, so a reload keeps it.
      this.records.session.answers.push({ question: now.question.id, attempt: live.id, limit: now.limit });
      if (this.#retry === undefined) this.saveSession();
      if (!(await this.#recording.begin(now, () => this.#now === now, !!this.#paused))) return;
      void this.saving.attempt(live);
    }
    now.phase = 'answering';
    now.phaseWatch = stopwatch();
    if (this.#paused) now.phaseWatch.pause();
    now.warned = now.timeUp = false;
    this.#announce(this.#recording.silent ? 'Answer now' : 'Recording');
    this.#update();
  }

  /** I'm done: the answer ends (then the follow-up), or, before it began, it begins now. */
  async #doneOrSkip() {
    const now = this.#now;
    if (!now || this.#paused || now.phase === 'starting') return;
    if (now.phase !== 'answering') return void this.#answer();
    if (this.#talk?.done(now)) return;
    if (now.part === 'answer' && this.options.setup.followUps && this.#retry === undefined && !now.question.alone) return this.#followUp(now);
    await this.#finishQuestion(now);
    if (this.#retry !== undefined) return void this.#finishRetry();
    this.#ask(now.index + 1);
  }

  /** The follow-up: the recording holds while it is asked, then goes on in the same attempt. */
  #followUp(now: Current) {
    const { rehearsal } = now.question.model;
    // Chosen as the Rehearse panel chooses: one not asked yet in this question's attempts, else the one asked longest ago.
    // followUpsFor never gives none (the bank's for the kind, without the story's own): there is always one.
    const followUp = chooseFollowUp(followUpsFor(rehearsal.kind, rehearsal.followUps), now.question.askedBefore)!;
    now.question.askedBefore.unshift(followUp);
    now.live.followUp = { question: followUp, at: now.live.seconds() };
    this.#recording.hold(now, true);
    now.part = 'follow-up';
    this.#progressLine.textContent = `Question ${now.index + 1} of ${this.#plan.length} · Follow-up`;
    this.#showAsking(followUp, `Follow-up: ${followUp}`);
  }

  /** Stops the recording and keeps the attempt (in the store, and in memory for the report). */
  async #finishQuestion(now: Current) {
    this.#now = undefined;
    now.turn = ++this.#turns;
    showKeeping(this.#view);
    const audio = await this.#recording.stop(now.live);
    this.records.keep(now.live.record(audio), audio);
    await this.saving.attempt(now.live, audio);
    if (this.#retry === undefined) this.saveSession();
  }

  async #finishRetry() {
    const index = this.#retry!;
    this.#retry = undefined;
    this.#leave();
    this.records.retried(index);
    this.saveSession();
    void this.#showReport(index);
  }

  /** End the interview: what was answered so far (the answer in progress too) goes to the report. */
  async #endInterview() {
    const now = this.#now;
    this.#paused = undefined;
    const begun = !!now && (now.phase === 'answering' || now.phase === 'starting' || now.part === 'follow-up');
    // An answer of under a second is no answer: End came as it began.
    const answered = begun && (now.part === 'follow-up' || now.live.seconds() >= 1);
    this.#now = undefined;
    if (now && answered) await this.#finishQuestion(now);
    else if (now && begun) {
      // Begun and at once abandoned: out of the session and the store.
      void now.live.stop();
      this.records.drop(now.live.id);
      void store.deleteAttempt(now.live.id).catch(() => {});
    }
    if (this.#retry === undefined) return this.#finish();
    if (answered) return void this.#finishRetry();
    // A retry given up before it began: the report as it was.
    this.#retry = undefined;
    this.#leave();
    void this.#showReport();
  }

  #finish() {
    this.#leave();
    const { session } = this.records;
    session.ended = true;
    session.seconds = this.#roomWatch?.seconds() ?? session.seconds;
    // Ended before any answer: nothing to keep.
    if (session.answers.length === 0) void this.saving.run(() => deleteSession(session));
    else this.saveSession();
    void this.#showReport();
  }

  /** The report; its code (and the analysis it shares with the Rehearse panel) loads now. */
  async #showReport(focus?: number) {
    this.dataset['view'] = 'report';
    this.dispatchEvent(new Event('interview-change', { bubbles: true }));
    this.replaceChildren(h('p', { role: 'status' }, 'Writing your report…'));
    const { Report } = await import('./report.ts');
    this.#report = new Report(this, focus);
  }

  #nextPart() {
    const now = this.#now;
    if (!now || now.phase !== 'answering' || now.part !== 'answer' || this.#paused || !now.live.mark()) return;
    const part = now.live.marks.length;
    this.#announce(`Part ${part + 1} of 4: ${now.question.model.rehearsal.labels[part]}`);
    this.#update();
  }

  #togglePause = () => (this.#paused ? this.#resume() : this.#pauseAll('you'));

  #pauseAll(reason: 'you' | 'away') {
    const now = this.#now;
    if (this.#paused || !now) return;
    this.#showPaused(reason);
    this.#roomWatch?.pause();
    now.phaseWatch.pause();
    this.#recording.hold(now, true);
    now.turn = ++this.#turns;
    hush();
    if (reason === 'away') this.#problem.textContent = this.#view.room.dataset['away']!;
    this.#announce('Paused');
    this.#update();
  }

  /** Paused (and why) or not, and the Pause button says which. */
  #showPaused(paused: 'you' | 'away' | undefined) {
    this.#paused = paused;
    this.#pause.textContent = paused ? 'Resume' : 'Pause';
    this.#pause.setAttribute('aria-pressed', String(!!paused));
  }

  #resume() {
    const now = this.#now;
    if (!this.#paused) return;
    this.#showPaused(undefined);
    const { silent } = this.#recording;
    if (this.#problem.textContent === this.#view.room.dataset['away']) this.#problem.textContent = silent && silent !== 'off' ? silent : '';
    this.#roomWatch?.resume();
    if (!now) return;
    if (now.phase === 'asking') return this.#speakThenThink();
    now.phaseWatch.resume();
    if (now.phase === 'answering') {
      this.#recording.hold(now, false);
      this.#announce(silent ? 'Answer now' : 'Recording');
    }
    this.#update();
  }

  /** The clock, the state and the meter, five times a second; announcements once each. */
  #update() {
    const now = this.#now;
    if (!now) return;
    const paused = !!this.#paused;
    const { thinking } = this.options.setup;
    if (!paused && now.phase === 'thinking' && now.phaseWatch.seconds() >= thinking) return void this.#answer();
    if (!paused && now.phase === 'answering') {
      this.#view.part<HTMLMeterElement>('meter').value = now.live.recording?.level() ?? 0;
      this.saving.autosave(now.live);
    }
    showNow(this.#view, now, { paused, thinking, silent: !!this.#recording.silent, announce: this.#announce });
    this.#talk?.tick(now, paused);
  }

  saveSession(): void {
    const { session } = this.records;
    session.seconds = this.#roomWatch && !session.ended ? this.#roomWatch.seconds() : session.seconds;
    this.saving.session(session);
  }

  #announce = (message: string) => (this.#view.part('say').textContent = message);

  #onKey = roomKeys({ active: () => !!this.#now, done: () => void this.#doneOrSkip(), mark: () => this.#nextPart(), pause: this.#togglePause });

  #onVisibility = () => document.hidden && this.#pauseAll('away');

  /** A reload or a closed tab: keep what was recorded so far (a page that is closing cannot wait). */
  #onLeave = () => {
    const now = this.#now;
    if (now?.phase === 'answering' || now?.part === 'follow-up') void this.saving.attempt(now.live);
    this.saveSession();
  };
}

customElements.define('interview-room', InterviewRoom);
