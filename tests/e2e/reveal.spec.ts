import type { Page } from '@playwright/test';
import { expect, test } from './helpers/seed.ts';
import { layoutShiftOf } from '../../src/cli/layout-shift.ts';

const QUESTION = '/questions/upward-influence/';
const practiceSwitch = (page: Page) => page.getByRole('switch', { name: 'Practice mode' });
const answerRegion = (page: Page) => page.getByRole('region', { name: 'The answer' });

test('reading mode by default: the STAR summary and answer show, with no reveal buttons', async ({ page }) => {
  await page.goto(QUESTION);
  await expect(practiceSwitch(page)).toHaveAttribute('aria-checked', 'false');
  await expect(answerRegion(page)).toContainText('The project was a success and became a blueprint for other divisions.');
  await expect(page.getByRole('button', { name: /^Reveal/ })).toHaveCount(0);
});

test('practice mode hides the summary and answer behind disclosure buttons; click reveals and hides', async ({ page }) => {
  await page.goto(QUESTION);
  await practiceSwitch(page).click();
  await expect(practiceSwitch(page)).toHaveAttribute('aria-checked', 'true');
  const answerText = answerRegion(page).getByText('became a blueprint for other divisions');
  await expect(answerText).toBeHidden();

  const reveal = page.getByRole('button', { name: 'Reveal the answer' });
  await expect(reveal).toHaveAttribute('aria-expanded', 'false');
  const controlled = await reveal.getAttribute('aria-controls');
  expect(await page.locator(`#${controlled}`).count()).toBe(1);
  await reveal.click();
  const hide = page.getByRole('button', { name: 'Hide the answer' });
  await expect(hide).toHaveAttribute('aria-expanded', 'true');
  await expect(hide).toBeFocused();
  await expect(answerText).toBeVisible();
  await hide.click();
  await expect(answerText).toBeHidden();
});

test('STAR parts reveal one at a time, by Enter and by Space', async ({ page }) => {
  await page.goto(QUESTION);
  await practiceSwitch(page).click();
  const summary = page.getByRole('region', { name: 'STAR summary' });
  const situation = summary.getByText('A multi-million dollar proposal');
  const task = summary.getByText('Build a rock-solid business case');
  await expect(situation).toBeHidden();

  await page.getByRole('button', { name: 'Reveal Situation' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Hide Situation' })).toHaveAttribute('aria-expanded', 'true');
  await expect(situation).toBeVisible();
  await expect(task).toBeHidden();

  await page.getByRole('button', { name: 'Reveal Task' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Hide Task' })).toHaveAttribute('aria-expanded', 'true');
  await expect(task).toBeVisible();
});

test('the practice switch is remembered and applied before paint on every question page', async ({ page }) => {
  await page.goto(QUESTION);
  await practiceSwitch(page).click();
  await page.goto('/questions/managing-managers/');
  await expect(page.locator('html')).toHaveAttribute('data-practice', '');
  await expect(practiceSwitch(page)).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByRole('button', { name: 'Reveal the answer' })).toBeVisible();

  // With module scripts blocked, only the inline head script can hide the answer.
  await page.route('**/*.js', (route) => route.abort());
  await page.reload();
  await expect(answerRegion(page).getByText('My biggest learning')).toBeHidden();

  await page.unroute('**/*.js');
  await page.reload();
  await practiceSwitch(page).click();
  await page.reload();
  await expect(answerRegion(page).getByText('My biggest learning')).toBeVisible();
});

test('turning practice mode on causes no layout shift on load', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('study:practice', 'on'));
  await page.goto(QUESTION);
  await page.waitForLoadState('networkidle');
  expect(await layoutShiftOf(page)).toBe(0);
});

test('with JavaScript off, practice mode never hides an answer', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(QUESTION);
  await expect(answerRegion(page)).toContainText('became a blueprint for other divisions');
  await expect(page.getByRole('switch', { name: 'Practice mode' })).toBeHidden();
  await context.close();
});
