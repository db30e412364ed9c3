/**
 * How a recorded answer divides into its four parts (parts.ts), against the model answer's own
 * split, and the warnings that follow; the words said in each part, and the signals an interviewer
 * hears in them (signals/). Times are seconds from the start of the recording. With them, for the
 * same readers (an attempt looked at afterwards, a mock interview's report), how its key points
 * were checked, if at all.
 */
import { clock } from '../clock.ts';
import { spokenSignals, type Signal } from '../signals/signals.ts';
import type { AttemptRecord } from './attempt.ts';
import { attemptWords, partStarts, sentences, type PartTexts, type Piece, type WordSplit } from './parts-from-words.ts';
import { partSeconds, type SplitInput } from './parts.ts';

export { partSeconds, type SplitInput };

/** The situation is "much longer" past this multiple of the model's share of the answer … */
export const LONG_SITUATION_FACTOR = 1.5;
/** … and at least this many seconds over that share, so a short answer is not nagged about. */
export const LONG_SITUATION_MIN_SECONDS = 10;

/** The model answer's share of each part, from its words (0 to 1; all zero when it has none). */
export function modelShares(words: readonly number[]): number[] {
  const total = words.reduce((sum, n) => sum + n, 0);
  return words.map((n) => (total > 0 ? n / total : 0));
}

export interface SplitWarning {
  rule: 'long-situation' | 'no-result';
  message: string;
}

export interface WarningInput extends SplitInput {
  /** The model answer's words per part, counted at build. */
  modelWords: readonly number[];
  /** The four parts' names for this kind of answer. */
  labels: readonly string[];
}

/**
 * The classic faults of the parts marked: a long situation, no result. (An answer's length against
 * its target is the signals' rule, signals/: one rule for it.)
 */
export function splitWarnings(input: WarningInput): SplitWarning[] {
  const { marks, labels } = input;
  const parts = partSeconds(input);
  const answer = parts.reduce<number>((sum, part) => sum + (part ?? 0), 0);
  const shares = modelShares(input.modelWords);
  const warnings: SplitWarning[] = [];
  const situation = parts[0] ?? 0;
  const modelSituation = (shares[0] ?? 0) * answer;
  if (marks.length > 0 && situation > modelSituation * LONG_SITUATION_FACTOR && situation - modelSituation >= LONG_SITUATION_MIN_SECONDS) {
    const percent = (share: number) => `${Math.round(share * 100)}%`;
    warnings.push({
      rule: 'long-situation',
      message: `The ${labels[0]?.toLowerCase()} took ${clock(situation)}, ${percent(situation / answer)} of your answer; the model answer spends ${percent(shares[0] ?? 0)} there. Get to what you did sooner.`,
    });
  }
  if (marks.length > 0 && parts[3] === null) {
    warnings.push({ rule: 'no-result', message: `You never reached the ${labels[3]?.toLowerCase()}: end with the outcome, and a figure if you have one.` });
  }
  return warnings;
}

/**
 * How an attempt's key points were checked: "ticked" by the person, "heard" in its transcript, or
 * undefined when nothing checked them (nothing ticked, no transcript), where "0 of 4" would be a
 * figure nobody measured. A record from before `ticked` with a tick set and no transcript to have
 * set it was ticked by the person. (The Rehearse panel's list of attempts, history.ts, reads the
 * ticks the same way, in its own line: it loads before this.)
 */
export function keyPointsFrom({ ticked, keyPoints, transcript }: Pick<AttemptRecord, 'ticked' | 'keyPoints' | 'transcript'>): 'ticked' | 'heard' | undefined {
  if (ticked || (!transcript && keyPoints.includes(true))) return 'ticked';
  return transcript?.trim() ? 'heard' : undefined;
}

/** What an answer said, piece by piece, with each piece's part (0–3) where the parts are known. */
export interface Said {
  pieces: Piece[];
  assigned?: number[] | undefined;
  /** The parts found from the words, when the story's part texts were given. */
  split?: WordSplit | undefined;
}

/**
 * The words of an attempt's answer (a follow-up's left out) and the part of each: a live
 * transcript's pieces by when they were said, against where the parts start (pressed, then found
 * from the words); else as the words found them (`texts`: what the story's parts say). Where
 * neither can say, no part is given: none is guessed.
 */
export function saidInParts(attempt: Pick<AttemptRecord, 'seconds' | 'marks' | 'transcript' | 'pieces' | 'followUp'>, texts?: PartTexts): Said {
  const split = texts && attemptWords(attempt, texts);
  const timed = attempt.pieces?.filter((piece) => piece.at < (attempt.followUp?.at ?? Infinity) && piece.text.trim());
  if (timed?.length && (attempt.marks.length || (split?.verdict === 'parts' && split.timed))) {
    const starts = [0, ...partStarts(attempt.marks, split)];
    return { pieces: timed, assigned: timed.map((piece) => starts.findLastIndex((start) => start !== undefined && start <= piece.at)), split };
  }
  return split?.verdict === 'parts' ? { pieces: split.said, assigned: split.assigned, split } : { pieces: timed?.length ? timed : sentences(attempt.transcript ?? ''), split };
}

/** The signals of an attempt's answer (signals/), its length against `target` (the answer's own time). */
export const attemptSignals = (said: Said, seconds: number, target: number, labels: readonly string[]): Signal[] => spokenSignals({ ...said, seconds, target, labels });
