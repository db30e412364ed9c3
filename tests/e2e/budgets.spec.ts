import { expect, test } from '@playwright/test';
import { BUDGETS, overBudget, weighLazy, weighOfflineCopy, weighPage } from '../../src/cli/page-weight.ts';
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

test('code loaded on a click keeps its own budget (gzip): the recorder 10 KB, the tools 5 KB, the send panel 6 KB', () => {
  const lazy = weighLazy(DIST);
  expect(lazy.map((chunk) => [chunk.name, chunk.budget])).toEqual([
    ['recorder-element', 10 * 1024],
    ['progress-tools', 5 * 1024],
    ['send-progress', 6 * 1024],
  ]);
  for (const chunk of lazy) {
    expect(chunk.js.gzip, chunk.name).toBeGreaterThan(1000);
    expect(chunk.js.gzip, `${chunk.name} (${chunk.file})`).toBeLessThanOrEqual(chunk.budget);
  }
});

test('the whole offline copy (the worker and all it precaches) stays within 300 KB gzip', () => {
  const copy = weighOfflineCopy(DIST);
  expect(copy.files.length).toBeGreaterThan(40);
  expect(copy.files.map((file) => file.url)).toEqual(expect.arrayContaining(['/sw.js', '/', '/pagefind/wasm.en.pagefind'].map((url) => (url === '/' ? '/index.html' : url))));
  expect(copy.total.gzip).toBeLessThanOrEqual(BUDGETS.offlineCopy);
});
