import { expect, test } from '@playwright/test';
import { BUDGETS, overBudget, weighPage } from '../../src/cli/page-weight.ts';
import { DIST, builtPages } from './site.ts';

// Byte budgets are deterministic, so they are tests; times are measured by `npm run bench`.
test('every page keeps the JavaScript and first-visit byte budgets (gzip)', () => {
  const weights = builtPages().map((path) => weighPage(DIST, path));
  expect(weights.length).toBeGreaterThan(5);
  expect(weights.flatMap((w) => overBudget(w).map((problem) => `${w.path}: ${problem}`))).toEqual([]);
  // The weighing itself must see the page: the theme toggle's script and the inline CSS.
  for (const w of weights) {
    expect(w.js.gzip, w.path).toBeGreaterThan(100);
    expect(w.css.gzip, w.path).toBeGreaterThan(1000);
    expect(w.total.gzip).toBeLessThanOrEqual(BUDGETS.firstVisit);
  }
});
