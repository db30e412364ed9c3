// The rest of the conversation around a mock interview's questions, loaded on Start only when the
// set-up switches some of it on: your opening first, each question asked for its short version,
// the interviewer who cuts in once an answer, and your questions for them to close. The room
// (room.ts) asks these as it asks any question; this module makes them, and interrupts.
import { CLOSING, OPENING, SHORT_SECONDS, shortQuestion } from '../../lib/conversation/asked.ts';
import { CUT_IN, GO_ON, dueForInterruption, probeFor } from '../../lib/conversation/interruptions.ts';

import { loadYourQuestions } from '../../lib/conversation/your-questions.ts';
import { h } from '../shared/dom.ts';
import { modelAnswer } from '../shared/model-answer.ts';
import type { InterviewQuestion } from './questions.ts';
import type { SessionRecord } from '../../lib/interview/session.ts';
import type { Current, StartOptions } from './room-types.ts';
import { talkQuestion } from './talk-questions.ts';
import type { speak as Speak } from './voice.ts';

/** The reply to an interruption ends by itself after this long a pause (the microphone's level low) … */
const PAUSE_SECONDS = 2;
/** … once it has run this long. */
const MIN_REPLY_SECONDS = 3;
/** Below this level the microphone hears a pause. */
const QUIET = 0.04;

/** Your questions for them, as the report shows them under the closing. */
function yourQuestionsAnswer(): DocumentFragment | undefined {
  const { questions } = loadYourQuestions();
  if (!questions.length) return undefined;
  const fragment = document.createDocumentFragment();
  fragment.append(h('ul', {}, ...questions.map((question) => h('li', {}, question))));
  return fragment;
}

/** The room, as the conversation uses it: its set-up and the session it keeps (room.ts). */
interface TalkRoom extends HTMLElement {
  readonly options: StartOptions;
  readonly records: { session: SessionRecord };
}

export class Talk {
  #room: TalkRoom;
  #speak: typeof Speak;
  /** The answer being interrupted now, and what is known of the interruption. */
  #seen: Current | undefined;
  #interrupted = new WeakSet<Current>();
  #replying: { now: Current; question: string; quietSince?: number | undefined } | undefined;

  constructor(room: TalkRoom, speak: typeof Speak) {
    this.#room = room;
    this.#speak = speak;
  }

  #part = (name: string) => this.#room.querySelector<HTMLElement>(`[data-room=${name}]`)!;

  /** The interview's questions in the conversation's order: the opening, the questions (or their short versions), your questions. */
  async plan(chosen: InterviewQuestion[]): Promise<InterviewQuestion[]> {
    const { setup } = this.#room.options;
    const short = (question: InterviewQuestion) =>
      modelAnswer(question).then((model) => ({
        ...question,
        question: shortQuestion(question.title),
        short: true as const,
        // Your headline, where you wrote one, is what the short version is built from: the report shows it first.
        model: { ...model, rehearsal: { ...model.rehearsal, seconds: SHORT_SECONDS }, star: [...(question.headline ? [{ label: 'Headline', text: question.headline }] : []), ...model.star] },
      }));
    const middle = !setup.main ? [] : setup.short ? await Promise.all(chosen.map(short)) : chosen;
    // Your opening as you wrote it (its answer in the report), else the question alone.
    const opening = this.#room.options.opening;
    return [...(setup.opening ? [opening ?? talkQuestion(OPENING.id)!] : []), ...middle, ...(setup.closing ? [talkQuestion(CLOSING.id, yourQuestionsAnswer())!] : [])];
  }

  /** Five times a second with the room's clock: a short version's time, and the interruption. */
  tick(now: Current, paused: boolean): void {
    if (this.#seen !== now) {
      this.#seen = now;
      // A short version is allowed its 30 s, whatever the set-up's time per answer.
      if (now.question.short && this.#room.options.setup.limit !== 'none') now.limit = SHORT_SECONDS;
    }
    const { setup } = this.#room.options;
    const replying = this.#replying;
    if (replying?.now === now) return this.#reply(now, paused);
    if (!setup.interrupt || paused || now.phase !== 'answering' || now.part !== 'answer' || now.question.alone || this.#interrupted.has(now)) return;
    if (dueForInterruption(now.live.seconds(), now.question.model.rehearsal.seconds)) this.#interrupt(now);
  }

  /** I'm done pressed (or N): the reply to an interruption is over, and the answer goes on; false when there is none. */
  done(now: Current): boolean {
    if (this.#replying?.now !== now) return false;
    this.#goOn(now);
    return true;
  }

  /** Cuts in: the probe said aloud and shown, the recording going on. */
  #interrupt(now: Current) {
    this.#interrupted.add(now);
    const { rehearsal } = now.question.model;
    const question = probeFor(rehearsal.followUps, now.question.askedBefore);
    // The follow-up after the answer is then another one.
    now.question.askedBefore.unshift(question);
    const at = now.live.seconds();
    const answer = this.#room.records.session.answers.find((given) => given.attempt === now.live.id);
    if (answer) answer.interrupted = { question, at };
    this.#replying = { now, question: this.#part('question').textContent ?? '' };
    this.#part('question').textContent = `${CUT_IN} ${question}`;
    this.#say(`Interrupted: ${question}`, `${CUT_IN} ${question}`, now);
    this.#show();
  }

  /** The reply: shown as such, and over by itself after a pause once it has run a while. */
  #reply(now: Current, paused: boolean) {
    const replying = this.#replying!;
    this.#show();
    const level = now.live.recording?.level();
    if (paused || level === undefined) return;
    const seconds = now.live.seconds();
    if (level >= QUIET) replying.quietSince = undefined;
    else replying.quietSince ??= seconds;
    const answer = this.#room.records.session.answers.find((given) => given.attempt === now.live.id);
    const since = answer?.interrupted?.at ?? seconds;
    if (replying.quietSince !== undefined && seconds - since >= MIN_REPLY_SECONDS && seconds - replying.quietSince >= PAUSE_SECONDS) this.#goOn(now);
  }

  /** "Please go on": the answer's question back on screen, and when, kept. */
  #goOn(now: Current) {
    const replying = this.#replying!;
    this.#replying = undefined;
    const answer = this.#room.records.session.answers.find((given) => given.attempt === now.live.id);
    if (answer?.interrupted) answer.interrupted.back = now.live.seconds();
    this.#part('question').textContent = replying.question;
    this.#say(GO_ON, GO_ON, now);
  }

  /** The state line and the main button say what to do while replying. */
  #show() {
    const state = this.#part('state');
    state.textContent = state.dataset['interrupted']!;
    this.#part('done').textContent = 'I’ve replied';
  }

  /** Said to screen readers, and aloud with the set-up's voice. */
  #say(announcement: string, text: string, now: Current) {
    this.#part('say').textContent = announcement;
    const { voice, setup } = this.#room.options;
    if (voice && setup.voice) void this.#speak(text, voice, () => this.#seen === now);
  }
}
