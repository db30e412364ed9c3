// What the room (room.ts), its saving (room-saving.ts) and the report (report.ts) say of an
// interview in progress: types only, here so that none of them imports another for them.
import type { InterviewSetup } from '../../lib/interview/setup.ts';
import type { AttemptRecord } from '../../lib/rehearsal/attempt.ts';
import type { Stopwatch } from '../../lib/stopwatch.ts';
import type { ModelAnswer } from '../shared/model-answer.ts';
import type { LiveTranscript } from '../rehearsal/recognition.ts';
import type { Recording } from '../rehearsal/recorder.ts';
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
  /** Time recorded for this question, answer and follow-up: the recording pauses with it. */
  recordWatch?: Stopwatch;
  recording?: Recording | undefined;
  /** What was recorded before the microphone went away. */
  lostAudio?: Blob;
  transcript?: LiveTranscript | undefined;
  record: AttemptRecord;
  limit: number | null;
  warned: boolean;
  timeUp: boolean;
  savedAt: number;
  /** Speech in progress belongs to this turn; a pause or a skip starts another. */
  turn: number;
}
