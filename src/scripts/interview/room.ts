// <interview-room>: a mock interview as the round happens. One question at a time, shown large
// (and read aloud with an on-device voice), a moment to think, then the answer recorded against a
// clock, a follow-up, and on to the next; then the report. Nothing of the model answers is on the
// screen until the report. Defined on demand when the interview starts or a past report opens.
// The recorder, the store and the analysis are the Rehearse panel's own. This module is the state
// machine and its clocks; the screen is room-view.ts's, the saving room-saving.ts's.
import { clock } from '../../lib/clock.ts';
import { CANNOT_RECORD_HERE, MICROPHONE_LOST, PAUSED_AWAY, noMicrophone } from '../../lib/interview/messages.ts';
import { pickQuestions } from '../../lib/interview/pick.ts';
import { SESSION_VERSION, type SessionRecord } from '../../lib/interview/session.ts';
import { answerLimit } from '../../lib/interview/setup.ts';
import { loadProgress } from '../../lib/progress.ts';
import { ATTEMPT_VERSION, type AttemptRecord } from '../../lib/rehearsal/attempt.ts';
import { FOLLOW_UP_SECONDS, chooseFollowUp, followUpsFor } from '../../lib/rehearsal/follow-ups.ts';
import { transcriptStopped } from '../../lib/rehearsal/messages.ts';
import { deleteSession } from '../../lib/rehearsal/sessions.ts';
import * as store from '../../lib/rehearsal/store.ts';
import { activatesItself, isTyping, singleKeyShortcutsOn } from '../../lib/shortcuts.ts';
import { stopwatch, type Stopwatch } from '../../lib/stopwatch.ts';
import { h } from '../shared/dom.ts';
import { onDeviceRecognizer, startTranscript } from '../rehearsal/recognition.ts';
import type { Camera } from '../rehearsal/camera.ts';
import { canRecord } from '../rehearsal/can-record.ts';
import { startRecording } from '../rehearsal/recorder.ts';
import { modelAnswer } from '../shared/model-answer.ts';
import type { InterviewQuestion } from './questions.ts';
import type { Report, ReportAnswer } from './report.ts';
import { RoomSaving } from './room-saving.ts';
import type { Asked, Current, StartOptions } from './room-types.ts';
import { roomView } from './room-view.ts';
import { speak } from './voice.ts';

/** The clock turns amber (and says so once) with this much time left: an answer … */
const WARN_SECONDS = 30;
/** … and a follow-up, whose whole clock is 30 s. */
const FOLLOW_UP_WARN_SECONDS = 10;

export type { Asked, StartOptions };

export class InterviewRoom extends HTMLElement {
  #options!: StartOptions;
  #plan: Asked[] = [];
  #session!: SessionRecord;
  #now: Current | undefined;
  #roomWatch: Stopwatch | undefined;
  #tick: ReturnType<typeof setInterval> | undefined;
  #paused: 'you' | 'away' | undefined;
  #turns = 0;
  /** Why answers are not recorded (a set-up choice, a refused or lost microphone), once said. */
  #silent: string | undefined;
  #recognizer: Awaited<ReturnType<typeof onDeviceRecognizer>>;
  #saving = new RoomSaving({
    kept: () => this.#report?.kept(),
    failed: (problem) => (this.dataset['view'] === 'room' ? (this.#problem.textContent = problem) : this.#report?.problem(problem)),
  });
  /** The report's question index being retried, if this run is a retry. */
  #retry: number | undefined;
  #audio = new Map<string, Blob>();
  #attempts = new Map<string, AttemptRecord>();
  #asked = new Map<string, Asked>();
  #report: Report | undefined;
  /** With the camera in the set-up: its code, loaded with the first answer. */
  #camera: Camera | undefined;

  #view = roomView(this);
  #room = this.#view.room;
  #progressLine = this.#view.part('progress');
  #question = this.#view.part('question');
  #clock = this.#view.part('clock');
  #meter = this.#view.part<HTMLMeterElement>('meter');
  #heard = this.#view.part('heard');
  #done = this.#view.part<HTMLButtonElement>('done');
  #mark = this.#view.part<HTMLButtonElement>('mark');
  #pause = this.#view.part<HTMLButtonElement>('pause');
  #problem = this.#view.part('problem');
  #say = this.#view.part('say');

  connectedCallback() {
    this.#done.addEventListener('click', () => void this.#doneOrSkip());
    this.#mark.addEventListener('click', () => this.#nextPart());
    this.#pause.addEventListener('click', () => this.#togglePause());
    this.#view.part('end').addEventListener('click', () => void this.#endInterview());
  }

  /** Starts an interview with `options`; resolves once the first question is on screen. */
  async start(options: StartOptions): Promise<void> {
    this.#options = options;
    this.#retry = undefined;
    const chosen = options.only
      ? options.only.map((id) => options.questions.find((question) => question.id === id)).filter((question) => question !== undefined)
      : pickQuestions(options.questions, options.setup, loadProgress());
    await this.#prepare(chosen);
    const now = new Date().toISOString();
    this.#session = {
      version: SESSION_VERSION,
      id: crypto.randomUUID(),
      at: now,
      setup: options.setup,
      questions: this.#plan.map((question) => question.id),
      asked: options.asked,
      answers: [],
      seconds: 0,
      ended: false,
      // Worked out by the report (with the transcripts' analysis, which the room does not load).
      figures: { answers: 0, withinTime: 0, keyPointsSaid: 0, keyPoints: 0 },
    };
    this.#saving.problem = '';
    this.#audio.clear();
    this.#attempts.clear();
    this.#enter();
    this.#saveSession();
    this.#ask(0);
  }

  /** Records one question of a report again; the report shows the new answer in its place. */
  async retry(report: Report, index: number): Promise<void> {
    const answer = this.#session.answers[index];
    const question = answer && this.#asked.get(answer.question);
    if (!question) return;
    this.#report = report;
    this.#retry = index;
    this.#plan = [question];
    this.#enter();
    this.#ask(0);
  }

  /** Shows the report of a session kept on this device (from the list of past interviews). */
  async openReport(session: SessionRecord, questions: InterviewQuestion[], voice?: SpeechSynthesisVoice): Promise<void> {
    this.#options = { setup: session.setup, questions, voice };
    this.#session = session;
    const known = questions.filter((question) => session.answers.some((answer) => answer.question === question.id));
    await this.#prepare(known);
    const attempts = await store.getAttempts(session.answers.map((answer) => answer.attempt));
    this.#attempts = new Map(attempts.map((attempt) => [attempt.id, attempt]));
    this.#audio.clear();
    await Promise.all(attempts.filter((attempt) => attempt.bytes > 0).map(async (attempt) => {
      const blob = await store.getAudio(attempt.id).catch(() => undefined);
      if (blob) this.#audio.set(attempt.id, blob);
    }));
    this.#saving.problem = '';
    void this.#showReport();
  }

  /** Fetches what each question's own page holds (model answer, key points), all at once. */
  async #prepare(questions: InterviewQuestion[]) {
    this.replaceChildren(h('p', { role: 'status' }, 'Getting the questions ready…'));
    this.hidden = false;
    const askedBefore = async (id: string) =>
      (await store.listAttempts(id).catch(() => ({ attempts: [] as AttemptRecord[] }))).attempts.map((attempt) => attempt.followUp?.question ?? '');
    this.#plan = await Promise.all(questions.map(async (question) => ({ ...question, model: await modelAnswer(question), askedBefore: await askedBefore(question.id) })));
    for (const asked of this.#plan) this.#asked.set(asked.id, asked);
  }

  /** Into the room: its screen, its clock, its keys. */
  #enter() {
    this.dataset['view'] = 'room';
    this.dispatchEvent(new Event('interview-change', { bubbles: true }));
    this.replaceChildren(this.#room);
    this.#problem.textContent = '';
    this.#paused = undefined;
    this.#pause.textContent = 'Pause';
    this.#pause.setAttribute('aria-pressed', 'false');
    this.#silent = !this.#options.setup.record ? 'off' : canRecord() ? undefined : CANNOT_RECORD_HERE;
    if (this.#silent && this.#silent !== 'off') this.#problem.textContent = this.#silent;
    this.#meter.hidden = !!this.#silent;
    this.#roomWatch = stopwatch();
    this.#tick = setInterval(() => this.#update(), 200);
    // Focus moves to the room's main action; the question itself is announced (once).
    this.#done.focus({ preventScroll: true });
    void onDeviceRecognizer().then((recognizer) => (this.#recognizer = recognizer));
    document.addEventListener('keydown', this.#onKey);
    document.addEventListener('visibilitychange', this.#onVisibility);
    addEventListener('pagehide', this.#onLeave);
    scrollTo({ top: 0 });
  }

  #leave() {
    clearInterval(this.#tick);
    document.removeEventListener('keydown', this.#onKey);
    document.removeEventListener('visibilitychange', this.#onVisibility);
    removeEventListener('pagehide', this.#onLeave);
    if ('speechSynthesis' in globalThis) speechSynthesis.cancel();
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
      record: {
        version: ATTEMPT_VERSION,
        id: crypto.randomUUID(),
        question: question.id,
        at: new Date().toISOString(),
        seconds: 0,
        target: rehearsal.seconds,
        marks: [],
        keyPoints: rehearsal.keyPoints.map(() => false),
        type: '',
        bytes: 0,
        session: this.#session.id,
      },
      limit: answerLimit(this.#options.setup.limit, rehearsal.seconds),
      warned: false,
      timeUp: false,
      savedAt: 0,
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
    const { voice, setup } = this.#options;
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
    if (this.#options.setup.thinking === 0) return void this.#answer();
    this.#update();
  }

  /** Recording starts (or goes on, for the follow-up) and the answer's clock runs. */
  async #answer() {
    const now = this.#now!;
    if (now.phase === 'starting' || now.phase === 'answering') return;
    now.phase = 'starting';
    now.turn = ++this.#turns;
    if ('speechSynthesis' in globalThis) speechSynthesis.cancel();
    if (now.part === 'follow-up') {
      now.recording?.resume();
      now.recordWatch?.resume();
      now.transcript?.resume();
    } else {
      // The answer is part of the session from its first second, so a reload keeps it.
      this.#session.answers.push({ question: now.question.id, attempt: now.record.id, limit: now.limit });
      if (this.#retry === undefined) this.#saveSession();
      if (!this.#silent) {
        try {
          now.recording = await startRecording(this.#options.setup.camera ? await this.#cameraStream() : undefined);
          now.record.type = now.recording.type;
          now.recording.onLost(() => void this.#microphoneLost(now));
        } catch (error) {
          this.#silent = noMicrophone(error);
          this.#problem.textContent = this.#silent;
          this.#meter.hidden = true;
        }
      }
      if (this.#now !== now) return void now.recording?.stop();
      now.recordWatch = stopwatch();
      if (this.#paused) {
        now.recordWatch.pause();
        now.recording?.pause();
      }
      if (this.#recognizer) {
        this.#heard.hidden = false;
        this.#heard.textContent = '';
        now.transcript = startTranscript(
          this.#recognizer,
          (text) => (this.#heard.textContent = text),
          (error) => (this.#problem.textContent = transcriptStopped(error)),
          // Seconds of this answer's recording, paused time left out.
          () => now.recordWatch?.seconds() ?? 0,
        );
      }
      void this.#saving.attempt(now);
    }
    now.phase = 'answering';
    now.phaseWatch = stopwatch();
    if (this.#paused) now.phaseWatch.pause();
    now.warned = now.timeUp = false;
    this.#announce(now.recording ? 'Recording' : 'Answer now');
    this.#update();
  }

  /** The camera and the microphone for this answer, the self-view in the room. */
  async #cameraStream() {
    const { Camera } = await import('../rehearsal/camera.ts');
    this.#camera ??= new Camera(this.#view.part('camera'), (sentence) => (this.#problem.textContent = sentence));
    return this.#camera.open();
  }

  async #microphoneLost(now: Current) {
    const recording = now.recording;
    if (!recording) return;
    now.recording = undefined;
    now.lostAudio = await recording.stop();
    this.#silent = MICROPHONE_LOST;
    this.#problem.textContent = MICROPHONE_LOST;
    this.#meter.hidden = true;
  }

  /** I'm done: the answer ends (then the follow-up), or, before it began, it begins now. */
  async #doneOrSkip() {
    const now = this.#now;
    if (!now || this.#paused || now.phase === 'starting') return;
    if (now.phase !== 'answering') return void this.#answer();
    if (now.part === 'answer' && this.#options.setup.followUps && this.#retry === undefined) return this.#followUp(now);
    await this.#finishQuestion(now);
    if (this.#retry !== undefined) return void this.#finishRetry();
    this.#ask(now.index + 1);
  }

  /** The follow-up: the recording holds while it is asked, then goes on in the same attempt. */
  #followUp(now: Current) {
    const { rehearsal } = now.question.model;
    // Chosen as the Rehearse panel chooses: one not asked yet in this question's attempts, else the one asked longest ago.
    const followUp = chooseFollowUp(followUpsFor(rehearsal.kind, rehearsal.followUps), now.question.askedBefore) ?? 'What would you do differently?';
    now.question.askedBefore.unshift(followUp);
    now.record.followUp = { question: followUp, at: now.recordWatch?.seconds() ?? 0 };
    now.recording?.pause();
    now.recordWatch?.pause();
    now.transcript?.pause();
    now.part = 'follow-up';
    this.#progressLine.textContent = `Question ${now.index + 1} of ${this.#plan.length} · Follow-up`;
    this.#showAsking(followUp, `Follow-up: ${followUp}`);
  }

  /** Stops the recording and keeps the attempt (in the store, and in memory for the report). */
  async #finishQuestion(now: Current) {
    this.#now = undefined;
    now.turn = ++this.#turns;
    const record = now.record;
    record.seconds = now.recordWatch?.seconds() ?? 0;
    now.transcript?.stop();
    const text = now.transcript?.text();
    if (text) record.transcript = text;
    const pieces = now.transcript?.pieces();
    if (pieces?.length) record.pieces = pieces;
    this.#heard.hidden = true;
    this.#camera?.close();
    const audio = now.recording ? await now.recording.stop() : now.lostAudio;
    if (audio?.size) {
      record.bytes = audio.size;
      this.#audio.set(record.id, audio);
    } else record.type = '';
    this.#attempts.set(record.id, record);
    await this.#saving.attempt(now, audio);
    if (this.#retry === undefined) this.#saveSession();
  }

  /** An answer begun and at once abandoned: out of the session and the store. */
  #dropAnswer(now: Current) {
    this.#now = undefined;
    now.transcript?.stop();
    void now.recording?.stop();
    this.#session.answers = this.#session.answers.filter((answer) => answer.attempt !== now.record.id);
    void store.deleteAttempt(now.record.id).catch(() => {});
  }

  async #finishRetry() {
    const index = this.#retry!;
    this.#retry = undefined;
    this.#leave();
    const [answer] = this.#session.answers.splice(-1);
    this.#session.answers[index] = answer!;
    this.#saveSession();
    void this.#showReport(index);
  }

  /** End the interview: what was answered so far (the answer in progress too) goes to the report. */
  async #endInterview() {
    const now = this.#now;
    this.#paused = undefined;
    const begun = !!now && (now.phase === 'answering' || now.phase === 'starting' || now.part === 'follow-up');
    // An answer of under a second is no answer: End came as it began.
    const answered = begun && (now.part === 'follow-up' || (now.recordWatch?.seconds() ?? 0) >= 1);
    if (now && answered) await this.#finishQuestion(now);
    else if (now && begun) this.#dropAnswer(now);
    this.#now = undefined;
    if (this.#retry === undefined) return this.#finish();
    if (answered) return void this.#finishRetry();
    // A retry given up before it began: the report as it was.
    this.#retry = undefined;
    this.#leave();
    void this.#showReport();
  }

  #finish() {
    this.#leave();
    this.#session.ended = true;
    this.#session.seconds = this.#roomWatch?.seconds() ?? this.#session.seconds;
    // Ended before any answer: nothing to keep.
    if (this.#session.answers.length === 0) void this.#saving.run(() => deleteSession(this.#session));
    else this.#saveSession();
    void this.#showReport();
  }

  /** The report; its code (and the analysis it shares with the Rehearse panel) loads now. */
  async #showReport(focus?: number) {
    this.dataset['view'] = 'report';
    this.dispatchEvent(new Event('interview-change', { bubbles: true }));
    this.replaceChildren(h('p', { role: 'status' }, 'Writing your report…'));
    const { Report } = await import('./report.ts');
    const answers: ReportAnswer[] = this.#session.answers.flatMap((answer) => {
      const attempt = this.#attempts.get(answer.attempt);
      const question = this.#asked.get(answer.question);
      return attempt && question ? [{ answer, attempt, question, audio: this.#audio.get(attempt.id) }] : [];
    });
    this.#report = new Report(this.#session, answers, {
      problem: this.#saving.problem,
      save: (attempt) => {
        if (attempt) void this.#saving.run(() => store.updateAttempt(attempt));
        this.#saveSession();
      },
      retry: (index) => void this.retry(this.#report!, index),
      runAgain: (only) => void this.start({ ...this.#options, setup: { ...this.#session.setup, count: '3' }, only }),
      questions: this.#options.questions,
    });
    this.replaceChildren(this.#report.element);
    this.#report.focus(focus);
    // The report has worked out the figures: the list of past interviews shows them.
    if (this.#session.answers.length) this.#saveSession();
  }

  #nextPart() {
    const now = this.#now;
    if (!now || now.phase !== 'answering' || now.part !== 'answer' || this.#paused || now.record.marks.length >= 3) return;
    now.record.marks.push(now.recordWatch?.seconds() ?? 0);
    const part = now.record.marks.length;
    this.#announce(`Part ${part + 1} of 4: ${now.question.model.rehearsal.labels[part]}`);
    this.#update();
  }

  #togglePause() {
    if (this.#paused) this.#resume();
    else this.#pauseAll('you');
  }

  #pauseAll(reason: 'you' | 'away') {
    const now = this.#now;
    if (this.#paused || !now) return;
    this.#paused = reason;
    this.#roomWatch?.pause();
    now.phaseWatch.pause();
    now.recordWatch?.pause();
    now.recording?.pause();
    now.transcript?.pause();
    now.turn = ++this.#turns;
    if ('speechSynthesis' in globalThis) speechSynthesis.cancel();
    this.#pause.textContent = 'Resume';
    this.#pause.setAttribute('aria-pressed', 'true');
    if (reason === 'away') this.#problem.textContent = PAUSED_AWAY;
    this.#announce('Paused');
    this.#update();
  }

  #resume() {
    const now = this.#now;
    if (!this.#paused) return;
    this.#paused = undefined;
    this.#pause.textContent = 'Pause';
    this.#pause.setAttribute('aria-pressed', 'false');
    if (this.#problem.textContent === PAUSED_AWAY) this.#problem.textContent = this.#silent && this.#silent !== 'off' ? this.#silent : '';
    this.#roomWatch?.resume();
    if (!now) return;
    if (now.phase === 'asking') return this.#speakThenThink();
    now.phaseWatch.resume();
    if (now.phase === 'answering') {
      now.recordWatch?.resume();
      now.recording?.resume();
      now.transcript?.resume();
      this.#announce(now.recording ? 'Recording' : 'Answer now');
    }
    this.#update();
  }

  /** The clock, the state and the meter, five times a second; announcements once each. */
  #update() {
    const now = this.#now;
    if (!now) return;
    const { setup } = this.#options;
    const elapsed = now.phaseWatch.seconds();
    // The state's words are the page's (the template's data-* on the state line).
    let state = 'paused';
    let time = '';
    let tone = '';
    if (this.#paused) {
      time = this.#clock.textContent ?? '';
      tone = this.#room.dataset['clock'] ?? '';
    } else if (now.phase === 'asking') {
      state = now.part === 'follow-up' ? 'followUp' : 'question';
    } else if (now.phase === 'starting') {
      state = 'starting';
    } else if (now.phase === 'thinking') {
      const left = Math.ceil(setup.thinking - elapsed);
      if (left <= 0) return void this.#answer();
      state = 'thinking';
      time = `${this.#silent ? 'Your time starts' : 'Recording starts'} in ${left} s`;
    } else {
      const limit = now.part === 'follow-up' ? FOLLOW_UP_SECONDS : now.limit;
      const warnAt = now.part === 'follow-up' ? FOLLOW_UP_WARN_SECONDS : WARN_SECONDS;
      state = now.recording ? 'recording' : 'answering';
      if (limit === null) time = `${clock(elapsed)}, no time limit`;
      else {
        const left = limit - elapsed;
        if (left > warnAt) time = `${clock(Math.ceil(left))} left`;
        else if (left > 0) {
          tone = 'warn';
          time = `${Math.ceil(left)} s left`;
          if (!now.warned) {
            now.warned = true;
            this.#announce(`${warnAt} seconds left`);
          }
        } else {
          tone = 'over';
          time = `Over time by ${clock(-left)}`;
          if (!now.timeUp) {
            now.timeUp = now.warned = true;
            this.#announce('Time is up');
          }
        }
      }
      this.#meter.value = now.recording?.level() ?? 0;
      this.#saving.autosave(now);
    }
    const labels = now.question.model.rehearsal.labels;
    const part = now.record.marks.length;
    this.#room.dataset['phase'] = this.#paused ? 'paused' : now.phase;
    this.#room.dataset['clock'] = tone;
    const words = this.#view.part('state');
    words.textContent = words.dataset[state]!;
    this.#clock.textContent = time;
    this.#clock.ariaLabel = this.#clock.dataset[now.phase === 'thinking' ? 'thinking' : now.part === 'follow-up' ? 'followUp' : 'answer']!;
    this.#view.part('part').textContent = now.phase === 'answering' && now.part === 'answer' ? `Part ${part + 1} of 4: ${labels[part]}` : '';
    this.#mark.disabled = now.phase !== 'answering' || now.part !== 'answer' || part >= 3 || !!this.#paused;
    this.#done.textContent = now.phase === 'answering' || now.phase === 'starting' ? 'I’m done' : 'Start answering';
    // Not disabled, which would drop the keyboard focus it often has: it does nothing while paused.
    this.#done.setAttribute('aria-disabled', String(!!this.#paused));
  }

  #saveSession() {
    this.#session.seconds = this.#roomWatch && !this.#session.ended ? this.#roomWatch.seconds() : this.#session.seconds;
    this.#saving.session(this.#session);
  }

  #announce(message: string) {
    this.#say.textContent = message;
  }

  #onKey = (event: KeyboardEvent) => {
    if (!this.#now || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (key === 'Enter') {
      // A focused button acts on Enter itself.
      if (activatesItself(event.target)) return;
      void this.#doneOrSkip();
    } else if (!singleKeyShortcutsOn()) return;
    else if (key === 'n') void this.#doneOrSkip();
    else if (key === 'm') this.#nextPart();
    else if (key === 'p') this.#togglePause();
    else return;
    event.preventDefault();
  };

  #onVisibility = () => {
    if (document.hidden) this.#pauseAll('away');
  };

  /** A reload or a closed tab: keep what was recorded so far (a page that is closing cannot wait). */
  #onLeave = () => {
    this.#saving.leaving(this.#now);
    this.#saveSession();
  };
}

customElements.define('interview-room', InterviewRoom);
