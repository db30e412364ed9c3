import { expect, test } from '@playwright/test';
import { FIRST_VISIT_BUDGET, measureFirstVisit } from '../../src/cli/first-visit.ts';
import { weighPage } from '../../src/cli/page-weight.ts';
import { DIST, builtPages, questionPages } from './helpers/site.ts';

// A first visit is everything a page fetches before it is idle (gzip), not only what its HTML
// names: code loaded once the page has loaded counts too. Byte counts are deterministic: a test.
test('every page’s first visit, all it fetches before it is idle, is within 20 KB, and within 8 KB of JavaScript', async ({ browser, baseURL }) => {
  // Every page in a fresh browser, waiting for each to be idle: minutes on a loaded machine.
  test.setTimeout(300_000);
  const origin = new URL(baseURL!).origin;
  const over: string[] = [];
  const pages = builtPages();
  // Four pages at a time, each in a context of its own.
  for (let i = 0; i < pages.length; i += 4) {
    for (const visit of await Promise.all(pages.slice(i, i + 4).map((path) => measureFirstVisit(browser, origin, path)))) {
      // The measure sees the page: at least what its HTML names.
      expect(visit.total, visit.path).toBeGreaterThanOrEqual(weighPage(DIST, visit.path).total.gzip - 200);
      if (visit.total > FIRST_VISIT_BUDGET.total) over.push(`${visit.path}: ${visit.total} B in all`);
      if (visit.js > FIRST_VISIT_BUDGET.js) over.push(`${visit.path}: ${visit.js} B of JavaScript`);
    }
  }
  expect(over).toEqual([]);
});

test('the mock interview’s first visit leaves the past interviews’ code alone until the device holds some', async ({ browser, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const first = await measureFirstVisit(browser, origin, '/interview/');
  expect(first.files.map((file) => file.url).filter((url) => /\/(history|sessions|store)-/.test(url))).toEqual([]);
  // A device that has rehearsed (the store exists) loads them once the page has loaded, and lists them.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/interview/');
  await expect(page.getByText('None yet: each one you run is kept here.')).toBeVisible();
  // Opening a Rehearse panel makes the store.
  await page.goto(questionPages()[0]!);
  await page.locator('summary', { hasText: 'Rehearse aloud' }).click();
  await expect(page.getByText('None yet. Each recording you stop is kept here')).toBeVisible();
  const history = page.waitForResponse(/\/history-[\w-]{8}\.js$/);
  await page.goto('/interview/');
  await history;
  await expect(page.getByText('None yet: each one you run is kept here.')).toBeVisible();
  await context.close();
});
