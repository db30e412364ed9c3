/**
 * One mock interview: how it was set up, the questions asked, and per answer the attempt record
 * that holds it (its recording, parts, key points and transcript live in the rehearsal store, like
 * any attempt) with the time it was allowed and the rating given afterwards. The figures are kept
 * too, so the list of past interviews and its chart need no attempt loaded.
 */
import { isObject } from '../json.ts';
import { isRating, type Attempt } from '../ratings.ts';
import { readSetup, type InterviewSetup } from './setup.ts';

export const SESSION_VERSION = 1;

/** A session's figures (figures.ts works them out from its answers). */
export interface SessionFigures {
  answers: number;
  /** Answers that ended within the time allowed (all of them without a limit). */
  withinTime: number;
  /** Key points ticked "I said this", and the key points of the questions answered. */
  keyPointsSaid: number;
  keyPoints: number;
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

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const strings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string' && item);

function readAnswer(value: unknown): SessionAnswer | undefined {
  if (!isObject(value)) return undefined;
  const { question, attempt, limit, rating } = value;
  if (typeof question !== 'string' || !question || typeof attempt !== 'string' || !attempt) return undefined;
  if (limit !== null && !isCount(limit)) return undefined;
  let rated: Attempt | undefined;
  if (rating !== undefined) {
    if (!isObject(rating) || !isRating(rating['rating']) || typeof rating['at'] !== 'string' || Number.isNaN(Date.parse(rating['at']))) return undefined;
    rated = { rating: rating['rating'], at: rating['at'] };
  }
  return { question, attempt, limit, ...(rated && { rating: rated }) };
}

function readFigures(value: unknown): SessionFigures | undefined {
  if (!isObject(value)) return undefined;
  const { answers, withinTime, keyPointsSaid, keyPoints, wpm, fillersPerMinute } = value;
  if (![answers, withinTime, keyPointsSaid, keyPoints].every(isCount)) return undefined;
  if ((wpm !== undefined && !isCount(wpm)) || (fillersPerMinute !== undefined && !isCount(fillersPerMinute))) return undefined;
  return {
    answers: answers as number,
    withinTime: withinTime as number,
    keyPointsSaid: keyPointsSaid as number,
    keyPoints: keyPoints as number,
    ...(wpm !== undefined && { wpm: wpm as number }),
    ...(fillersPerMinute !== undefined && { fillersPerMinute: fillersPerMinute as number }),
  };
}

/** A record as stored or imported, checked field by field; undefined when it is corrupt or foreign. */
export function parseSession(value: unknown): SessionRecord | undefined {
  if (!isObject(value) || value['version'] !== SESSION_VERSION) return undefined;
  const { id, at, setup, questions, answers, seconds, ended, figures, asked } = value;
  if (typeof id !== 'string' || !id || typeof at !== 'string' || Number.isNaN(Date.parse(at))) return undefined;
  if (!isObject(setup) || !strings(questions) || !Array.isArray(answers) || !isCount(seconds) || typeof ended !== 'boolean') return undefined;
  const read = answers.map(readAnswer);
  const checked = readFigures(figures);
  if (!checked || read.some((answer) => !answer)) return undefined;
  const texts = isObject(asked) && Object.values(asked).every((text) => typeof text === 'string') ? { asked: { ...(asked as Record<string, string>) } } : {};
  return { version: SESSION_VERSION, id, at, setup: readSetup(setup), questions: [...questions], ...texts, answers: read as SessionAnswer[], seconds, ended, figures: checked };
}
