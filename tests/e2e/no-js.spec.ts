import { expect, test } from '@playwright/test';
import { builtPages, publishedEntries, questionPages } from './helpers/site.ts';

test.use({ javaScriptEnabled: false });

test('with JavaScript off, the home page lists every published question', async ({ page }) => {
  await page.goto('/');
  const entries = publishedEntries();
  expect(entries.length).toBeGreaterThan(0);
  for (const entry of entries) {
    await expect(page.getByRole('link', { name: entry.title, exact: true })).toBeVisible();
  }
});

test('with JavaScript off, every question page shows its summary and its answer', async ({ page }) => {
  for (const path of questionPages()) {
    await page.goto(path);
    await expect(page.getByRole('region', { name: /summary/i }), path).toBeVisible();
    const answer = page.getByRole('region', { name: 'The answer' });
    await expect(answer, path).toBeVisible();
    await expect(answer, path).toHaveText(/\w{3}/);
  }
});

test('with JavaScript off, every page has a visible main heading and no dead controls', async ({ page }) => {
  // Every page: slow on a loaded machine (two suites at once took over 30 s).
  test.setTimeout(90_000);
  for (const path of builtPages()) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
    await expect(page.getByRole('button', { name: 'Dark theme' }), path).toBeHidden();
  }
});
