import { expect, test } from '@playwright/test';
import { questionPages } from './helpers/site.ts';

// Any question of the site: the first and the last by address.
const pages = questionPages();

test('a question page prints on paper colours without header controls, answer in full', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  await page.goto(pages.at(-1)!);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Previous and next question' })).toBeVisible();
  const colours = await page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return { background: style.backgroundColor, color: style.color };
  });
  expect(colours).toEqual({ background: 'rgb(255, 255, 255)', color: 'rgb(0, 0, 0)' });
  // The answer's last line is on paper, not cut or folded away.
  await expect(page.getByRole('region', { name: 'The answer' }).locator('.prose > :last-child')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(1000);
});

test('a question page in practice mode still prints the summary and the whole answer', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('study:practice', 'on'));
  await page.goto(pages[0]!);
  const answer = page.getByRole('region', { name: 'The answer' }).locator('.prose > :last-child');
  const summary = page.getByRole('region', { name: /summary/i }).getByRole('definition').first();
  await expect(answer).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(answer).toBeVisible();
  await expect(summary).toBeVisible();
  await expect(page.getByRole('button', { name: /Reveal/ })).toHaveCount(0);
  await expect(page.getByRole('switch', { name: 'Practice mode' })).toBeHidden();
});
