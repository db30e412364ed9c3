import type { Question } from '../../schemas/question.ts';
import type { PartWords } from '../answer-parts.ts';
import { starParts } from '../star.ts';

/** What the Rehearse panel needs to know of a question, carried in one `data-rehearse` attribute. */
export interface RehearsalQuestion {
  id: string;
  kind: Question['kind'];
  /** The four parts' names: Situation … Result, or Context … Outcome. */
  labels: string[];
  /** Target speaking time, in seconds. */
  seconds: number;
  /** The model answer's words per part, counted at build. */
  parts: PartWords;
  keyPoints: string[];
  followUps: string[];
}

export function rehearsalQuestion(id: string, data: Question, seconds: number, parts: PartWords): RehearsalQuestion {
  return {
    id,
    kind: data.kind,
    labels: starParts(data).map((part) => part.label),
    seconds,
    parts,
    keyPoints: data.keyPoints,
    followUps: data.followUps,
  };
}

/** Reads the attribute back; undefined when it is missing or not what the build wrote. */
export function readRehearsalQuestion(json: string | undefined): RehearsalQuestion | undefined {
  try {
    const value = JSON.parse(json ?? '') as RehearsalQuestion;
    return typeof value.id === 'string' && Array.isArray(value.keyPoints) && Array.isArray(value.parts) ? value : undefined;
  } catch {
    return undefined;
  }
}
