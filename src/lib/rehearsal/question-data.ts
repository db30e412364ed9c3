import type { Question } from '../../schemas/question.ts';
import type { PartWords } from '../answer-parts.ts';
import { partLabels } from '../star.ts';

/**
 * What the Rehearse panel needs to know of a question. The page carries it in one `data-rehearse`
 * attribute, without what the panel can find or work out: the key points are read from the page's
 * own list of them (`[data-key-points="<id>"]`), the parts' names from the kind. Bytes count.
 */
interface Carried {
  id: string;
  kind: Question['kind'];
  /** Target speaking time, in seconds. */
  seconds: number;
  /** The model answer's words per part, counted at build. */
  parts: PartWords;
  followUps?: string[];
}

export interface RehearsalQuestion extends Carried {
  /** The four parts' names: Situation … Result, or Context … Outcome. */
  labels: string[];
  keyPoints: string[];
  followUps: string[];
}

/** The attribute's value, written at build. */
export function rehearsalAttribute(id: string, data: Question, seconds: number, parts: PartWords): string {
  const carried: Carried = { id, kind: data.kind, seconds, parts };
  if (data.followUps.length) carried.followUps = data.followUps;
  return JSON.stringify(carried);
}

/** Reads the attribute back, with the key points from `page`; undefined when it is not what the build wrote. */
export function readRehearsalQuestion(json: string | undefined, page: ParentNode = document): RehearsalQuestion | undefined {
  try {
    const value = JSON.parse(json ?? '') as Carried;
    if (typeof value.id !== 'string' || !Array.isArray(value.parts)) return undefined;
    const keyPoints = [...page.querySelectorAll(`[data-key-points="${value.id}"] li`)].map((point) => point.textContent!.trim());
    // Parts named by the kind, unless the value names its own (your opening's: stories/opening.ts).
    return { labels: partLabels(value.kind), ...value, keyPoints, followUps: value.followUps ?? [] };
  } catch {
    return undefined;
  }
}
