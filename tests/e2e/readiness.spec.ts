import type { Page } from '@playwright/test';
import { expect, test } from './helpers/seed.ts';
import { forbidOffSiteRequests, noAxeViolations, revealAnswer } from './helpers/site.ts';
import { readiness } from '../../src/lib/plan/recall.ts';
import type { Review } from '../../src/lib/progress.ts';

// Am I ready? Ratings given in practice over a month, then an interview date set: the home page's
// readiness is what FSRS predicts from the reviews kept, on the page's own (fixed) clock. The day
// counts in UTC here, so the test's own sums agree with the page's.
test.use({ timezoneId: 'UTC' });
forbidOffSiteRequests(test);

const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('study:progress') ?? 'null') as { reviews: Review[] });

/** Rates the card on show in practice. */
async function rateShown(page: Page, rating: 'Needs work' | 'Getting there' | 'Nailed it'): Promise<void> {
  await revealAnswer(page);
  await page.getByRole('button', { name: rating }).click();
  await expect(page.getByRole('button', { name: rating })).toHaveAttribute('aria-pressed', 'true');
}

test('with ratings given and a date set, each answer’s recall on the day, ready or at risk, worst first, as FSRS predicts', async ({ page, context }) => {
  await context.clock.install({ time: new Date('2026-11-01T09:00:00Z') });
  // Before a date: one line inviting one, the date asked for openly, no readiness.
  await page.goto('/');
  await expect(page.locator('study-plan [data-when]')).toHaveText('Set your interview date to see what you would recall of each answer on the day.');
  await expect(page.getByLabel('Date', { exact: true })).toBeVisible();
  await expect(page.locator('[data-ready-count]')).toBeHidden();

  // A month of practice: the first card nailed three times, the next needs work the day before.
  await page.goto('/practice/');
  await rateShown(page, 'Nailed it');
  const first = (await page.locator('[data-position]').textContent())!.replace(/^Question \d+ of \d+: /, '');
  for (const day of ['2026-11-08T09:00:00Z', '2026-11-29T09:00:00Z']) {
    await context.clock.setSystemTime(new Date(day));
    await page.goto('/practice/');
    // Its card, wherever the deck deals it now.
    for (let i = 0; !(await page.locator('[data-position]').textContent())!.endsWith(first); i++) {
      expect(i).toBeLessThan(10);
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await rateShown(page, 'Nailed it');
  }
  await context.clock.setSystemTime(new Date('2026-11-30T09:00:00Z'));
  await page.goto('/practice/');
  if ((await page.locator('[data-position]').textContent())!.endsWith(first)) await page.getByRole('button', { name: 'Next' }).click();
  await rateShown(page, 'Needs work');

  // The day after, a date ten days ahead.
  await context.clock.setSystemTime(new Date('2026-12-01T09:00:00Z'));
  await page.goto('/');
  await page.getByLabel('Date', { exact: true }).fill('2026-12-11');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('study-plan').getByRole('status')).toHaveText('Saved: the plan brings every question back before the interview.');

  // What the page should say: FSRS on the reviews kept, for the questions the block lists.
  const questions = JSON.parse((await page.locator('study-plan').getAttribute('data-questions'))!) as { id: string; title: string }[];
  const expected = readiness({ progress: await stored(page), questions, on: new Date('2026-12-11T00:00:00Z'), retention: 0.9, now: new Date('2026-12-01T09:00:00Z') });
  expect(expected.ready).toBe(1);
  expect(expected.answers.at(-1)!.title).toBe(first);
  await expect(page.locator('[data-ready-count]')).toHaveText(`1 of ${questions.length} ready · ${questions.length - 1} at risk`);
  // The worst three at once, the rest a tap away; each with its recall in words.
  const list = page.locator('[data-ready-list]');
  await list.getByText(`The other ${questions.length - 3}`).click();
  const items = list.locator('li:not(.more)');
  await expect(items).toHaveCount(questions.length);
  for (const [i, answer] of expected.answers.entries()) {
    const item = items.nth(i);
    await expect(item.getByRole('link')).toHaveText(answer.title);
    await expect(item).toContainText(answer.rated ? `${Math.round(answer.recall * 100)}% on the day` : 'not practised yet');
    await expect(item).toContainText(answer.ready ? ': ready' : ': at risk');
  }
  // The date's form folds under "Change the date", holding the date.
  await expect(page.getByLabel('Date', { exact: true })).toBeHidden();
  await page.getByText('Change the date').click();
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2026-12-11');
  await noAxeViolations(page, 'readiness');

  // Each answer a tap from rehearsing it: the worst opens its page with the Rehearse panel open.
  await items.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/questions\/[^/]+\/#rehearse$/);
  await expect(page.locator('rehearse-panel details').first()).toHaveAttribute('open', '');
});
