// How long an answer may run in the room, from the set-up's limit: apart from setup.ts, whose
// reading of stored set-ups the room never needs (it is handed one).
import type { Limit } from './setup.ts';

/** The answer's own time gets this much more, as a real interviewer allows some slack. */
export const OWN_TIME_FACTOR = 1.25;

/** Seconds allowed for an answer whose speaking time is `seconds`; null for no limit. */
export function answerLimit(limit: Limit, seconds: number): number | null {
  if (limit === 'none') return null;
  if (limit === 'own') return Math.ceil((seconds * OWN_TIME_FACTOR) / 5) * 5;
  return Number(limit);
}
