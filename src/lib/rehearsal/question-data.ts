import type { Question } from '../../schemas/question.ts';
import type { PartWords } from '../answer-parts.ts';
import { partLabels } from '../star.ts';

/** What the Rehearse panel needs to know of a question. The page carries it in one `data-rehearse`
 * attribute, without what the panel can work out (the parts' names, an empty list): bytes count. */
interface Carried {
  id: string;
  kind: Question['kind'];
  /** Target speaking time, in seconds. */
  seconds: number;
  /** The model answer's words per part, counted at build. */
  parts: PartWords;
  keyPoints: string[];
  followUps?: string[];
}

export interface RehearsalQuestion extends Carried {
  /** The four parts' names: Situation … Result, or Context … Outcome. */
  labels: string[];
  followUps: string[];
}

/** The attribute's value, written at build. */
export function rehearsalAttribute(id: string, data: Question, seconds: number, parts: PartWords): string {
  const carried: Carried = { id, kind: data.kind, seconds, parts, keyPoints: data.keyPoints };
  if (data.followUps.length) carried.followUps = data.followUps;
  return JSON.stringify(carried);
}

/** Reads the attribute back; undefined when it is missing or not what the build wrote. */
export function readRehearsalQuestion(json: string | undefined): RehearsalQuestion | undefined {
  try {
    const value = JSON.parse(json ?? '') as Carried;
    if (typeof value.id !== 'string' || !Array.isArray(value.keyPoints) || !Array.isArray(value.parts)) return undefined;
    return { ...value, labels: partLabels(value.kind), followUps: value.followUps ?? [] };
  } catch {
    return undefined;
  }
}
