import { expect, normalize, seedQuestions, sentences, test } from './helpers/seed.ts';

const seed = seedQuestions();

test('the home page shows the mindset and lists the five questions in order, each linking its page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Soft Skills & Leadership');
  await expect(page.getByRole('region', { name: 'Mindset for this round' })).toContainText(
    'This interview is about your executive function.',
  );
  const list = page.getByRole('region', { name: /questions/ }).getByRole('listitem').filter({ has: page.getByRole('heading') });
  await expect(list).toHaveCount(5);
  const titles = await list.getByRole('heading').allTextContents();
  expect(titles.map((t) => t.trim())).toEqual(seed.map((q) => q.title));
  for (const [index, question] of seed.entries()) {
    const item = list.nth(index);
    await expect(item).toContainText(question.question);
    await expect(item).toContainText(/about \d+ min( \d+ s)? aloud/);
    await expect(item.getByRole('list', { name: 'Topics' }).getByRole('listitem').first()).toBeVisible();
  }
  for (const question of seed) {
    await page.goto('/');
    await page.getByRole('link', { name: question.title, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(question.title);
  }
});

for (const question of seed) {
  test(`question ${question.number} shows its question and every sentence of the seed's answer`, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: question.title, exact: true }).click();
    await expect(page.getByText(question.question, { exact: true })).toBeVisible();
    const answer = normalize((await page.getByRole('region', { name: 'The answer' }).textContent()) ?? '');
    const expected = sentences(question.answer);
    expect(expected.length).toBeGreaterThan(8);
    for (const sentence of expected) expect(answer, sentence).toContain(sentence);
    await expect(page.getByRole('region', { name: /summary/i }).getByRole('definition')).toHaveCount(4);
    await expect(page.getByText(/^Answer: about \d+ min/)).toBeVisible();
  });
}

test('previous and next walk the questions in order', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: seed[0]!.title, exact: true }).click();
  const nav = page.getByRole('navigation', { name: 'Previous and next question' });
  await expect(nav.getByRole('link', { name: /Previous/ })).toHaveCount(0);
  for (const question of seed.slice(1)) {
    await nav.getByRole('link', { name: /Next/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(question.title);
  }
  await expect(nav.getByRole('link', { name: /Next/ })).toHaveCount(0);
  await nav.getByRole('link', { name: /Previous/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed[3]!.title);
});

test('an unknown address shows the 404 page with a way home', async ({ page }) => {
  const response = await page.goto('/questions/no-such-question/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('main').getByRole('link', { name: 'home page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Soft Skills & Leadership');
});

test('the skip link is the first stop for the keyboard and moves focus to the content', async ({ page }) => {
  await page.goto('/questions/managing-managers/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a question page shows the STAR summary and the whole answer', async ({ page }) => {
    const [question] = seed;
    await page.goto('/questions/managing-managers/');
    await expect(page.getByRole('region', { name: 'STAR summary' })).toBeVisible();
    const answer = page.getByRole('region', { name: 'The answer' });
    await expect(answer).toBeVisible();
    const text = normalize((await answer.innerText()) ?? '');
    for (const sentence of sentences(question!.answer)) expect(text).toContain(sentence);
  });
});
