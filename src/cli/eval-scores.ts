// What `npm run eval` measures (eval.ts), as the figures table (figures.ts) and the unit test read it.

/** What the unit test holds the whole set to (issue 34). */
export const EVAL_THRESHOLDS = { partsError: 5, piecesRight: 0.9, precision: 0.9, recall: 0.9 } as const;

/** The signals measured, as the figures name them; `hedge-quotes` is hedging phrase by phrase. */
export const SIGNAL_NAMES = ['ownership', 'result-figure', 'hedging', 'hedge-quotes', 'lesson', 'length'] as const;
export type SignalName = (typeof SIGNAL_NAMES)[number];

export interface PrecisionRecall {
  precision: number;
  recall: number;
}

export interface EvalScores {
  answers: number;
  /** The parts' mean error: points of share (0–100), averaged over parts and answers. */
  partsError: number;
  /** The share of pieces placed in their labelled part (0–1). */
  piecesRight: number;
  keyPoints: PrecisionRecall;
  signals: Record<SignalName, PrecisionRecall>;
}

export type EvalFigures = Record<'dev' | 'test' | 'all', EvalScores>;
