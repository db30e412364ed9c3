/**
 * A mock interview's figures, from its answers alone: how many were within their time (not over it,
 * nor short: under a third of it, signals/signals.ts), the share of
 * key points said over the answers whose key points were checked (ticked, or heard in a transcript),
 * and the pace and filler words where a transcript exists (live, typed or pasted). Nothing is
 * counted that nothing measured: an answer nobody checked adds no key point said or missed.
 */
import type { AttemptRecord } from '../rehearsal/attempt.ts';
import { keyPointsFrom } from '../rehearsal/split.ts';
import { analyseTranscript } from '../rehearsal/transcript.ts';
import { lengthVerdict } from '../signals/signals.ts';
import type { SessionFigures } from './session.ts';

export interface AnswerInput {
  attempt: AttemptRecord;
  /** Seconds allowed; null without a limit. */
  limit: number | null;
}

/** The answer itself: up to the follow-up when one was asked during the recording. */
export const answerSeconds = (attempt: Pick<AttemptRecord, 'seconds' | 'followUp'>) => Math.min(attempt.seconds, attempt.followUp?.at ?? attempt.seconds);

/** Seconds past the limit (0 when within it or without one). */
export const overtime = ({ attempt, limit }: AnswerInput) => (limit === null ? 0 : Math.max(0, answerSeconds(attempt) - limit));

export function sessionFigures(answers: readonly AnswerInput[]): SessionFigures {
  let keyPointsSaid = 0;
  let keyPoints = 0;
  let keyPointsChecked = 0;
  let words = 0;
  let fillers = 0;
  let minutes = 0;
  for (const { attempt } of answers) {
    if (keyPointsFrom(attempt)) {
      keyPointsSaid += attempt.keyPoints.filter(Boolean).length;
      keyPoints += attempt.keyPoints.length;
      keyPointsChecked++;
    }
    const transcript = attempt.transcript?.trim();
    if (!transcript || attempt.seconds <= 0) continue;
    const analysis = analyseTranscript(transcript, attempt.seconds, []);
    words += analysis.words;
    fillers += analysis.fillerCount;
    minutes += attempt.seconds / 60;
  }
  return {
    answers: answers.length,
    // A 5-second answer is not "within time": under a third of its own time it is short.
    withinTime: answers.filter((answer) => overtime(answer) === 0 && lengthVerdict(answerSeconds(answer.attempt), answer.attempt.target) !== 'short').length,
    keyPointsSaid,
    keyPoints,
    keyPointsChecked,
    ...(minutes > 0 && { wpm: Math.round(words / minutes), fillersPerMinute: Math.round((fillers / minutes) * 10) / 10 }),
  };
}
