/** localStorage keys of the reader's preferences; `src/scripts/before-paint.js` reads the first two. */
export const PREFERENCE_KEYS = {
  theme: 'study:theme',
  /** "on" hides answers on question pages behind reveal buttons. */
  practice: 'study:practice',
  /** "off" turns single-key shortcuts off (WCAG 2.1.4). */
  shortcuts: 'study:shortcuts',
} as const;

/** The questions left off the printed cheat sheet (src/lib/sheet-choice.ts). */
export const SHEET_KEY = 'study:cheat-sheet';

/** The study plan's settings: the interview dates and the recall to aim for (src/lib/plan/settings.ts). */
export const PLAN_KEY = 'study:plan';
