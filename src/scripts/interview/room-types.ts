// What the room (room.ts), its screen (room-view.ts), what it keeps (room-records.ts) and the report
// (report.ts) say of an interview in progress: types only, here so that none of them imports another for them.
import type { InterviewSetup } from '../../lib/interview/setup.ts';
import type { Stopwatch } from '../../lib/stopwatch.ts';
import type { ModelAnswer } from '../shared/model-answer.ts';
import type { LiveAttempt } from '../rehearsal/live-attempt.ts';
import type { InterviewQuestion } from './questions.ts';

export interface StartOptions {
  setup: InterviewSetup;
  /** Every question the page offers; the set-up picks among them. */
  questions: InterviewQuestion[];
  /** An on-device voice, when the set-up asks for one and the browser has one. */
  voice?: SpeechSynthesisVoice | undefined;
  /** Exactly these questions, in this order ("Run again with the weakest 3"). */
  only?: string[];
  /** Unseen questions from the bank: what is asked per question (the story answering it), kept in the session. */
  asked?: Record<string, string> | undefined;
  /** Your opening, where you wrote one: asked first when the set-up asks for it (talk.ts). */
  opening?: InterviewQuestion | undefined;
}

/** A question as the room asks it: what the page carries, and what its own page holds. */
export interface Asked extends InterviewQuestion {
  model: ModelAnswer;
  /** The follow-ups asked in its earlier attempts, newest first (the next one is one not asked yet). */
  askedBefore: string[];
}

/** Asked (and read aloud), a moment to think, the recorder starting, then the answer against its clock. */
export type Phase = 'asking' | 'thinking' | 'starting' | 'answering';

/** The question in the room now. */
export interface Current {
  index: number;
  question: Asked;
  part: 'answer' | 'follow-up';
  phase: Phase;
  /** Time in this phase (its clock). */
  phaseWatch: Stopwatch;
  /** The answer (and its follow-up) as it is recorded: one attempt, made when the question is asked. */
  live: LiveAttempt;
  /** Time recorded for this question, answer and follow-up: the attempt's clock, which pauses with the recording. */
  recordWatch?: Stopwatch;
  limit: number | null;
  warned: boolean;
  timeUp: boolean;
  /** Speech in progress belongs to this turn; a pause or a skip starts another. */
  turn: number;
}
