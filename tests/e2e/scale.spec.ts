import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SEED_CONTENT, SEED_DIST, test } from './helpers/seed.ts';
import { GROWTH, growth, offlineBudget } from '../../src/cli/page-weight.ts';
import { runBuild } from '../../src/cli/run-build.ts';
import { SCALE_ROUNDS, addGeneratedEntries, weighSite } from '../../src/cli/scale.ts';
import { copyProject } from '../../src/cli/temp-project.ts';
import { testPort } from './helpers/site.ts';
import { StaticHost } from './helpers/static-server.ts';

// A whole interview loop: the seed's five questions and 35 more over three rounds, generated from
// the seed's own entries with their words changed per copy (src/cli/scale.ts), so they weigh like
// real answers. The budgets at that size, then practice on that build, online, offline, without JavaScript.
const ADDED = 35;
let root = '';
let dist = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  test.setTimeout(240_000);
  root = copyProject('study-scale-e2e-', SEED_CONTENT);
  addGeneratedEntries(root, ADDED);
  runBuild(root);
  dist = join(root, 'dist');
});

test.afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

test('at 40 questions over three rounds: every page within its budgets, the offline copy within 300 KB + 10 KB a question, practice 0.1 KB a question', () => {
  const base = weighSite(SEED_DIST);
  const scaled = weighSite(dist);
  expect(base.questions).toBe(5);
  expect(scaled.questions).toBe(5 + ADDED);
  const grown = growth(base, scaled);
  expect(grown.problems).toEqual([]);
  expect(scaled.offline.total.gzip).toBeLessThanOrEqual(offlineBudget(40));
  expect(grown.offlinePerQuestion).toBeLessThanOrEqual(GROWTH.offlinePerQuestion);
  expect(grown.practicePerQuestion).toBeLessThanOrEqual(GROWTH.practicePerQuestion);
  // The generated answers weigh like prose: a question page of theirs is as heavy as the seed's.
  const seedPage = scaled.pages.find((page) => page.path === '/questions/managing-managers/')!;
  const generatedPage = scaled.pages.find((page) => page.path === '/questions/generated-5/')!;
  expect(generatedPage.html.gzip).toBeGreaterThan(seedPage.html.gzip * 0.85);
});

/** Practice with only `round` ticked: the first card revealed shows its answer, from its page. */
async function revealInRound(page: Page, round: string) {
  await page.goto('/practice/');
  await page.getByText('Order, rounds and topics').click();
  await page.locator(`input[data-round][value="${round}"]`).check();
  const card = page.locator('.card[data-current]');
  await expect(card).toHaveAttribute('data-round', round);
  await page.getByRole('button', { name: 'Reveal answer' }).click();
  await expect(card.locator('.prose p').first()).toBeVisible();
  await expect(card.locator('.star-lines dt')).toHaveCount(4);
  await expect(card.locator('.key-points li').first()).toBeVisible();
}

test('practice reveals a card’s answer in every round, online and then offline', async ({ browser }) => {
  test.setTimeout(120_000);
  const host = new StaticHost(dist, testPort(4352));
  await host.start();
  const context = await browser.newContext({ baseURL: host.origin });
  const page = await context.newPage();
  try {
    for (const round of SCALE_ROUNDS) await revealInRound(page, round);
    // The worker keeps every question page, so the answers come without a network.
    await expect(page.getByText('Available offline')).toBeVisible({ timeout: 30_000 });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await host.stop();
    await context.setOffline(true);
    for (const round of SCALE_ROUNDS) await revealInRound(page, round);
  } finally {
    await context.close();
    await host.stop();
  }
});

test('with JavaScript off, practice reaches every one of the 40 answers', async ({ browser }) => {
  test.setTimeout(120_000);
  const host = new StaticHost(dist, testPort(4353));
  await host.start();
  const context = await browser.newContext({ baseURL: host.origin, javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await page.goto('/practice/');
    const links = page.locator('.deck').getByRole('heading', { level: 2 }).getByRole('link');
    await expect(links).toHaveCount(40);
    const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) {
      await page.goto(href);
      await expect(page.locator('#answer-body .prose p').first(), href).toBeVisible();
    }
  } finally {
    await context.close();
    await host.stop();
  }
});
