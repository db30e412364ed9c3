/** The signals a senior interviewer listens for, one rule each (issue 34). */
export type SignalRule = 'ownership' | 'result-figure' | 'hedging' | 'lesson' | 'length';

/** Words the remark is about, as said or written (a short run, trimmed with … where cut). */
export type Quote = string;

export interface Signal {
  rule: SignalRule;
  /** true: nothing to fix (say it as praise or not at all); false: advice. */
  ok: boolean;
  /** One line, worded from the finding, quoting where it helps. */
  message: string;
  /** The words it is about (at most 3), for the UI to show or highlight. */
  quotes: Quote[];
}

/** What was said: the pieces, and (when found) each piece's part; its length and target in seconds. */
export interface SpokenAnswer {
  pieces: readonly { text: string; at?: number }[];
  /** Each piece's part (0–3), from partsFromWords, when found. */
  assigned?: readonly number[] | undefined;
  seconds: number;
  target: number;
  /** The four parts' names (Situation…, or Context…). */
  labels: readonly string[];
}

/** What was written: a story's four lines (situation, task, action, result) and its whole answer. */
export interface WrittenAnswer {
  lines: readonly [string, string, string, string];
  answer?: string | undefined;
  /** The action as the whole answer tells it (its Action part), read for ownership in place of the action's line. */
  action?: string | undefined;
  labels: readonly string[];
}
