/**
 * Calendar days in the reader's own time zone, written "2026-12-10": what a study plan counts in.
 * Checked and counted in day-math.ts.
 */
export type Day = string;

const pad = (n: number) => String(n).padStart(2, '0');

/** The local day of a moment. */
export const dayOf = (moment: Date | string | number): Day => {
  const date = new Date(moment);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};
