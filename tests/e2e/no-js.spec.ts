import { expect, test } from '@playwright/test';
import { builtPages, normalize, seedQuestions, sentences } from './site.ts';

test.use({ javaScriptEnabled: false });

test('with JavaScript off, the home page lists every question', async ({ page }) => {
  await page.goto('/');
  for (const question of seedQuestions()) {
    await expect(page.getByRole('link', { name: question.title, exact: true })).toBeVisible();
  }
});

test('with JavaScript off, a question page shows the STAR summary and the whole answer', async ({ page }) => {
  const [question] = seedQuestions();
  await page.goto('/questions/managing-managers/');
  await expect(page.getByRole('region', { name: 'STAR summary' })).toBeVisible();
  const answer = page.getByRole('region', { name: 'The answer' });
  await expect(answer).toBeVisible();
  const text = normalize((await answer.innerText()) ?? '');
  for (const sentence of sentences(question!.answer)) expect(text).toContain(sentence);
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
