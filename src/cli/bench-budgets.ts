// The budgets only `npm run bench` measures against (times, and what a browser shows): the byte
// budgets are tests and live beside their weighing (page-weight.ts, first-visit.ts). Named here so
// the bench and the figures table (figures.ts) read the same numbers.

/** Search in the browser: the first query loads Pagefind, its WebAssembly and the index. */
export const SEARCH_BUDGET = { firstQueryMs: 500, firstQueryBytes: 150 * 1024, laterQueryMs: 100 } as const;

/** Practice's Reveal, the answer fetched from its question page (the offline copy's, once installed). */
export const REVEAL_BUDGET_MS = 100;

/** Building a site of many questions (`npm run bench -- --entries N`), warm cache. */
export const SCALE_BUILD_BUDGET_S = 15;

/** Layout shift (CLS) on load, on every page, with and without stored progress. */
export const LAYOUT_SHIFT_BUDGET = 0;

/** Printed pages of the cheat sheet, on A4 and on Letter. */
export const PRINTED_PAGES_BUDGET = 2;

/** Lighthouse's score in every category, on mobile. */
export const LIGHTHOUSE_BUDGET = 100;
