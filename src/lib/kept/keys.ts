/**
 * Every name this site keeps data under on the device, here and nowhere else (a unit test holds it):
 * each localStorage key with the version its value is written in, and the IndexedDB database.
 * Constants only, so that a page carries the few it uses and no reader it does not: each value's
 * reader, with its migration from the forms before, sits with the value.
 *
 * | key                | holds                                   | version | read by                         |
 * | ------------------ | --------------------------------------- | ------- | ------------------------------- |
 * | study:theme        | "light" or "dark"                        | (text)  | before-paint.js, theme-toggle   |
 * | study:practice     | "on" hides answers behind Reveal         | (text)  | before-paint.js, practice-switch|
 * | study:shortcuts    | "off" turns single-key shortcuts off     | (text)  | shortcuts.ts                    |
 * | study:progress     | every rating                             | 2       | progress.ts (from 1)            |
 * | study:stories      | your own stories                         | 1       | stories/stored.ts               |
 * | study:choices      | the story chosen per bank question       | 1       | bank/choices.ts                 |
 * | study:plan         | the plan's interview dates and recall    | 1       | plan/kept.ts (from none)        |
 * | study:schedule     | the plan worked out (what is due when)   | 1       | plan/kept.ts (from none)        |
 * | study:interview    | the mock interview's set-up              | 1       | interview/setup.ts (from none)  |
 * | study:cheat-sheet  | the questions left off the cheat sheet   | 1       | sheet-choice.ts (from a list)   |
 * | study:your-questions | your questions for the interviewer     | 1       | conversation/your-questions.ts  |
 *
 * The preferences stay plain text: the before-paint script (src/scripts/before-paint.js, which cannot
 * import) reads the first two by their literal names, and a unit test holds them equal to these.
 */

export const THEME_KEY = 'study:theme';
export const PRACTICE_KEY = 'study:practice';
export const SHORTCUTS_KEY = 'study:shortcuts';
/** The preferences by name, as a transfer carries them (src/lib/transfer/). */
export const PREFERENCE_KEYS = { theme: THEME_KEY, practice: PRACTICE_KEY, shortcuts: SHORTCUTS_KEY } as const;

export const PROGRESS_KEY = 'study:progress';
export const PROGRESS_VERSION = 2;
/** Where progress that cannot be read is moved before it is written over, so nothing is lost for good. */
export const UNREADABLE_PROGRESS_KEY = 'study:progress:unreadable';
/** Where version 1 progress waits while version 2 is written in its place. */
export const V1_PROGRESS_KEY = 'study:progress:v1';

export const STORIES_KEY = 'study:stories';
export const STORIES_VERSION = 1;
export const UNREADABLE_STORIES_KEY = 'study:stories:unreadable';

export const CHOICES_KEY = 'study:choices';
export const CHOICES_VERSION = 1;
export const UNREADABLE_CHOICES_KEY = 'study:choices:unreadable';

export const PLAN_KEY = 'study:plan';
export const PLAN_VERSION = 1;
export const SCHEDULE_KEY = 'study:schedule';
export const SCHEDULE_VERSION = 1;
export const SETUP_KEY = 'study:interview';
export const SETUP_VERSION = 1;
export const SHEET_KEY = 'study:cheat-sheet';
export const SHEET_VERSION = 1;
export const YOUR_QUESTIONS_KEY = 'study:your-questions';
export const YOUR_QUESTIONS_VERSION = 1;

/** The IndexedDB database of rehearsals and mock interviews (src/lib/rehearsal/store.ts, which holds its version). */
export const DB_NAME = 'study-rehearsals';
