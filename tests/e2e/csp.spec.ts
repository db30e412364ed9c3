import { expect, test } from '@playwright/test';
import { builtPages } from './helpers/site.ts';
import { watch } from './helpers/csp-watch.ts';
import { test as seedTest } from './helpers/seed.ts';

test('every page carries a policy without unsafe-inline for scripts, and loads without a violation', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = await watch(page);
  for (const path of builtPages()) {
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy, path).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(policy, path).not.toContain('unsafe-inline');
    await page.waitForLoadState('networkidle');
  }
  expect(problems).toEqual([]);
});

// The features at work need particular entries: the seed site's.
seedTest('under the policy the head script, every island and search all run', async ({ page }) => {
  const problems = await watch(page);
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('study:theme', 'dark');
      localStorage.setItem('study:practice', 'on');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/questions/managing-managers/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Reveal the answer' }).click();
  await expect(page.getByRole('button', { name: 'Hide the answer' })).toBeVisible();
  await page.getByRole('switch', { name: 'Practice mode' }).click();
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  await page.goto('/');
  await expect(page.getByText('None of 5 practised yet')).toBeVisible();
  await page.goto('/practice/');
  await page.getByRole('button', { name: 'Reveal answer' }).click();
  await page.getByRole('button', { name: 'Nailed it' }).click();
  await expect(page.getByText('1 of 5 practised, 1 nailed it')).toBeVisible();
  await page.goto('/cheat-sheet/');
  await page.getByRole('checkbox', { name: 'On my sheet' }).first().uncheck();
  await expect(page.getByRole('article').first()).toHaveAttribute('data-off', '');

  await page.goto('/search/?q=paved+road');
  await expect(page.getByRole('status')).toHaveText('1 result for “paved road”');
  expect(problems).toEqual([]);
});
