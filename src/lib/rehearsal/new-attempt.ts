// An attempt record made from what a recording gathered: one way for the Rehearse panel and the mock
// interview (whose answers are attempts like any other, with their session's id).
import { ATTEMPT_VERSION, type AttemptRecord } from './attempt.ts';

/** What a recording gathered, and the question it answered. */
export interface RecordedParts {
  id: string;
  /** The question: its id, its target time and its key points (none ticked yet). */
  question: { id: string; seconds: number; keyPoints: readonly string[] };
  at: string;
  seconds: number;
  marks: readonly number[];
  followUp?: AttemptRecord['followUp'] | undefined;
  /** The live transcript so far, and its pieces; kept only when there are some. */
  transcript?: string | undefined;
  pieces?: AttemptRecord['pieces'] | undefined;
  /** The recording's media type ('' when none was made), and the size of its audio so far. */
  type: string;
  bytes: number;
  session?: string | undefined;
}

/** The record of an attempt, in the shape `parseAttempt` reads back. */
export function newAttempt(parts: RecordedParts): AttemptRecord {
  const { question, followUp, transcript, pieces, session } = parts;
  return {
    version: ATTEMPT_VERSION,
    id: parts.id,
    question: question.id,
    at: parts.at,
    seconds: parts.seconds,
    target: question.seconds,
    marks: [...parts.marks],
    ...(followUp && { followUp: { ...followUp } }),
    keyPoints: question.keyPoints.map(() => false),
    ...(transcript && { transcript }),
    ...(pieces?.length && { pieces: [...pieces] }),
    // No audio, no type: the record says nothing was recorded (yet).
    type: parts.bytes ? parts.type : '',
    bytes: parts.bytes,
    ...(session && { session }),
  };
}
