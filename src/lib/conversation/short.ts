/**
 * The short version of a story or answer: "Give me the short version of …", its own target of 30
 * seconds, in the Rehearse panel and in a mock interview. It is judged by the one set of rules
 * (signals/): its length against 0:30, and the result with its figure expected within those 30 s.
 */
import { spokenSignals, type Signal } from '../signals/signals.ts';
import { SHORT_SECONDS } from './asked.ts';

export { SHORT_SECONDS, shortQuestion } from './asked.ts';

/** The words of an answer said in its first 30 s (`pieces` as a live transcript times them; without times, the whole text). */
export function withinShort(pieces: readonly { at?: number; text: string }[]): { at?: number; text: string }[] {
  return pieces.filter((piece) => (piece.at ?? 0) < SHORT_SECONDS && piece.text.trim());
}

/**
 * The signals of a short version: its length against 0:30 (under a third is short, over it long), and
 * the whole of what was said within 30 s read as its result, which should hold a figure.
 */
export function shortSignals(pieces: readonly { at?: number; text: string }[], seconds: number): Signal[] {
  const said = withinShort(pieces);
  return spokenSignals({ pieces: said, assigned: said.map(() => 3), seconds, target: SHORT_SECONDS, labels: ['', '', '', 'short version'] }).filter(
    ({ rule }) => rule === 'result-figure' || rule === 'length',
  );
}
