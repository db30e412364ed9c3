/**
 * The interviewer who interrupts (a mock interview's set-up option): once in an answer, past 40% of
 * its target time, a probing question cut in aloud, the story's own follow-ups first, then the
 * common ones; and, for the report, whether the answer still reached its result after it.
 */

/** Past this share of its target time an answer may be cut into. */
export const INTERRUPT_SHARE = 0.4;

/** What a senior interviewer cuts in with when the story brings none of its own (or all were asked). */
export const COMMON_PROBES = [
  'What exactly was your own part, as opposed to the team’s?',
  'What did it cost: in time, money or people?',
  'What alternative did you consider, and why did you reject it?',
  'What would you do differently?',
] as const;

/** How the interviewer cuts in, before the question. */
export const CUT_IN = 'Let me stop you there.';

/** What the interviewer says once the reply is over. */
export const GO_ON = 'Please go on.';

/** Whether an answer of `target` seconds, `seconds` in, is past the moment it may be cut into. */
export const dueForInterruption = (seconds: number, target: number): boolean => target > 0 && seconds >= target * INTERRUPT_SHARE;

/** The probe to ask: the story's own follow-ups first, then the common ones, each not asked before (`asked`), else the first. */
export function probeFor(own: readonly string[], asked: readonly string[]): string {
  const all = [...own, ...COMMON_PROBES];
  return all.find((probe) => !asked.includes(probe)) ?? all[0]!;
}

/** An interruption as a mock interview keeps it (with the answer, in its session): when, what, and when the answer went on. */
export interface Interruption {
  question: string;
  /** Seconds into the answer's recording when it was asked, and when "Please go on" was said (absent if it never was). */
  at: number;
  back?: number;
}

/**
 * Whether the answer reached its result after the interruption: from the parts pressed (the result
 * pressed at all, the answer going on past the interruption), else from the transcript's pieces with
 * their parts (a piece of the result said after it); undefined when neither can say.
 */
export function resultReached(
  interruption: Interruption,
  marks: readonly number[],
  said?: { pieces: readonly { at?: number }[]; assigned?: readonly number[] | undefined },
): boolean | undefined {
  const back = interruption.back ?? interruption.at;
  if (marks.length) return marks.length === 3;
  if (said?.assigned) return said.pieces.some((piece, i) => said.assigned![i] === 3 && (piece.at ?? back) >= back);
  return undefined;
}
