/**
 * How a recorded answer divides into its four parts, from the marks made while recording. Times
 * are seconds from the start of the recording. (split.ts compares them with the model answer.)
 */
export interface SplitInput {
  /** Length of the recording. */
  seconds: number;
  /** When each part after the first began: at most three marks. */
  marks: readonly number[];
  /** When a follow-up was asked during the recording: the answer ends there. */
  followUpAt?: number | undefined;
}

/** Seconds spent in each part; `null` for a part never reached. */
export function partSeconds({ seconds, marks, followUpAt }: SplitInput): (number | null)[] {
  const end = Math.min(seconds, followUpAt ?? seconds);
  const starts = [0, ...marks.slice(0, 3).filter((mark) => mark <= end)];
  return [0, 1, 2, 3].map((part) => {
    const start = starts[part];
    if (start === undefined) return null;
    return Math.max(0, (starts[part + 1] ?? end) - start);
  });
}
