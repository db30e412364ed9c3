/**
 * One mock interview: how it was set up, the questions asked, and per answer the attempt record
 * that holds it (its recording, parts, key points and transcript live in the rehearsal store, like
 * any attempt) with the time it was allowed and the rating given afterwards. The figures are kept
 * too, so the list of past interviews and its chart need no attempt loaded.
 */
import type { Attempt } from '../ratings.ts';
import type { Interruption } from '../conversation/interruptions.ts';
import type { InterviewSetup } from './setup.ts';

export const SESSION_VERSION = 1;

/** A session's figures (figures.ts works them out from its answers). */
export interface SessionFigures {
  answers: number;
  /** Answers that ended within the time allowed (all of them without a limit), and were not short (under a third of their own time). */
  withinTime: number;
  /** Key points said, and the key points of the questions answered, over the answers whose key
   * points were checked (ticked by the person, or heard in a transcript); none where none was. */
  keyPointsSaid: number;
  keyPoints: number;
  /** How many answers had their key points checked. Absent from records made before issue 34,
   * which counted every answer's key points, checked or not (session-parse.ts reads them). */
  keyPointsChecked?: number;
  /** Words a minute over the answers with a transcript; absent without one. */
  wpm?: number;
  /** Filler words a minute over the same answers. */
  fillersPerMinute?: number;
}

/** "60": the percentage of key points said, or undefined when the questions had none. */
export const keyPointShare = (figures: Pick<SessionFigures, 'keyPointsSaid' | 'keyPoints'>) =>
  figures.keyPoints > 0 ? Math.round((figures.keyPointsSaid / figures.keyPoints) * 100) : undefined;

export interface SessionAnswer {
  /** The question's id. */
  question: string;
  /** The attempt record with this answer, and its follow-up if one was asked. */
  attempt: string;
  /** Seconds allowed for the answer; null when the set-up had no limit. */
  limit: number | null;
  /** The self-rating given in the report (it also goes to the practice progress). */
  rating?: Attempt;
  /** The interviewer cut in during this answer (the set-up's interruptions): when, and with what. */
  interrupted?: Interruption;
}

export interface SessionRecord {
  version: typeof SESSION_VERSION;
  /** Unique across devices, so imports merge by it. */
  id: string;
  /** When it started, ISO 8601. */
  at: string;
  setup: InterviewSetup;
  /** The questions chosen, in the order they were (or were to be) asked. */
  questions: string[];
  /** With unseen questions from the bank: what was asked, per question (the story it was answered with). */
  asked?: Record<string, string> | undefined;
  /** The answers given, in order: a question asked but not answered has none. */
  answers: SessionAnswer[];
  /** Seconds in the room, pauses left out. */
  seconds: number;
  /** True once it reached the report; false while it runs, or when it was cut short by a reload. */
  ended: boolean;
  figures: SessionFigures;
}
