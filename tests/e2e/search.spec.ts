import type { Page } from '@playwright/test';
import { expect, test } from './helpers/seed.ts';

/** Distinctive phrases from each answer, and the question each must find first. */
const PHRASES: Record<string, string[]> = {
  'Managing Managers': ['aligned autonomy', 'team multiplier', 'whispers of frustration', 'the hero, not the leader'],
  'Upward Management & Influence': ['single slide deck', 'TCO model', 'CapEx to OpEx', 'blueprint for other divisions'],
  'Navigating Conflict in a Matrixed Organization': ['paved road', 'depersonalized the conflict', 'deployment lead time', 'stalemate'],
  'Team Building and Culture': ['unconscious bias', 'psychological safety', 'rotating meeting facilitators', 'underrepresented backgrounds'],
  'Strategic Planning & Budgeting': ['capacity allocation', 'force-rank', 'architectural runway', 'initiative number three'],
};

const status = (page: Page) => page.getByRole('status').filter({ hasText: /result|question/ });
const results = (page: Page) => page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 2 });
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Words or a phrase from an answer' });

for (const [title, phrases] of Object.entries(PHRASES)) {
  test(`phrases from "${title}" find it first`, async ({ page }) => {
    for (const phrase of phrases) {
      await page.goto(`/search/?q=${encodeURIComponent(phrase)}`);
      await expect(status(page), phrase).toContainText(`for “${phrase}”`);
      await expect(results(page).first(), phrase).toHaveText(title);
    }
  });
}

test('typing searches, counts the results for screen readers, highlights the match, and keeps the URL', async ({ page }) => {
  await page.goto('/search/');
  await searchBox(page).fill('paved road');
  await expect(page.getByRole('status')).toHaveText('1 result for “paved road”');
  await expect(page.getByRole('status')).toHaveAttribute('role', 'status');
  const result = page.getByRole('main').getByRole('listitem').first();
  await expect(result.getByRole('link')).toHaveText('Navigating Conflict in a Matrixed Organization');
  await expect(result).toContainText('Tell me about a time you had a significant disagreement');
  await expect(result.locator('mark').first()).toContainText('paved');
  await expect(page).toHaveURL(/\/search\/\?q=paved\+road$/);
});

test('topic filters: several topics show questions on any of them; a topic alone lists all its questions', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.getByRole('checkbox', { name: 'Influence (2)' })).toBeVisible();
  await page.getByRole('checkbox', { name: /^Budgeting & headcount/ }).check();
  await expect(page.getByRole('status')).toHaveText('1 question on Budgeting & headcount');
  await expect(results(page)).toHaveText(['Strategic Planning & Budgeting']);
  await page.getByRole('checkbox', { name: /^Influence/ }).check();
  await expect(page.getByRole('status')).toHaveText('3 questions on Influence or Budgeting & headcount');
  await expect(results(page)).toHaveText([
    'Upward Management & Influence',
    'Navigating Conflict in a Matrixed Organization',
    'Strategic Planning & Budgeting',
  ]);
  await searchBox(page).fill('CFO');
  await expect(page.getByRole('status')).toHaveText('1 result for “CFO” on Influence or Budgeting & headcount');
});

test('a shared URL reproduces the search, and Back and Forward walk the history', async ({ page }) => {
  await page.goto('/search/?q=paved+road&topic=conflict');
  await expect(searchBox(page)).toHaveValue('paved road');
  await expect(page.getByRole('checkbox', { name: /^Conflict resolution/ })).toBeChecked();
  await expect(page.getByRole('status')).toHaveText('1 result for “paved road” on Conflict resolution');

  await page.getByRole('checkbox', { name: /^Conflict resolution/ }).uncheck();
  await expect(page).toHaveURL(/\?q=paved\+road$/);
  await page.getByRole('checkbox', { name: /^Hiring/ }).check();
  await expect(page.getByRole('status')).toHaveText('No results for “paved road” on Hiring');

  await page.goBack();
  await expect(page.getByRole('checkbox', { name: /^Hiring/ })).not.toBeChecked();
  await expect(page.getByRole('status')).toHaveText('1 result for “paved road”');
  await page.goBack();
  await expect(page.getByRole('checkbox', { name: /^Conflict resolution/ })).toBeChecked();
  await page.goForward();
  await expect(page.getByRole('checkbox', { name: /^Conflict resolution/ })).not.toBeChecked();
  await expect(page.getByRole('status')).toHaveText('1 result for “paved road”');
});

test('keyboard only: type, move down through the results, open one', async ({ page }) => {
  await page.goto('/search/');
  await searchBox(page).focus();
  await page.keyboard.type('stakeholder');
  await expect(page.getByRole('status')).toHaveText('3 results for “stakeholder”');
  const count = await results(page).count();
  expect(count).toBeGreaterThan(1);
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(0).getByRole('link')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(1).getByRole('link')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const title = await results(page).nth(0).textContent();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
});

test('no results suggests topics', async ({ page }) => {
  await page.goto('/search/?q=kubernetes');
  await expect(page.getByRole('status')).toHaveText('No results for “kubernetes”');
  await expect(page.getByText('Try fewer words, or browse a topic:')).toBeVisible();
  await page.getByRole('link', { name: 'Conflict resolution' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Conflict resolution');
});

test('hostile queries are searched as text and do nothing harmful', async ({ page }) => {
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  for (const q of ['<script>alert(1)</script>', '<img src=x onerror=alert(2)>', '"\'`; DROP', '🙂🎉 culture', 'x'.repeat(500)]) {
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    // The query comes back as text, tags and all: nothing of it became markup.
    await expect(page.getByRole('status')).toContainText(`for “${q.slice(0, 200)}”`);
    await expect(searchBox(page)).toHaveValue(q.slice(0, 200));
    await expect(page.locator('main img, main script')).toHaveCount(0);
  }
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});

test('without an index (as under astro dev) the page says how to get one', async ({ page }) => {
  await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('/search/?q=paved+road');
  await expect(page.getByRole('status')).toContainText('The search index is missing');
  await expect(page.getByRole('status')).toContainText('npm start');
});

test('the header search is a plain form, works without JavaScript, and / and Ctrl+K reach it', async ({ page, browser, baseURL }) => {
  await page.goto('/questions/managing-managers/');
  const box = page.getByRole('searchbox', { name: 'Search the answers' });
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await page.keyboard.type('psychological safety');
  await expect(box).toHaveValue('psychological safety');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=psychological\+safety$/);
  await expect(results(page).first()).toHaveText('Team Building and Culture');

  await page.goto('/practice/');
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('searchbox', { name: 'Search the answers' })).toBeFocused();
  // Typing in the box is text, not practice shortcuts.
  await page.keyboard.type('now');
  await expect(page.getByRole('searchbox', { name: 'Search the answers' })).toHaveValue('now');
  await expect(page.getByText(/^Question 1 of 5/)).toBeVisible();

  const noJs = await browser.newContext({ baseURL: baseURL!, javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto('/');
  await plain.getByRole('searchbox', { name: 'Search the answers' }).fill('paved road');
  await plain.getByRole('button', { name: 'Search' }).click();
  await expect(plain).toHaveURL(/\/search\/\?q=paved\+road$/);
  await expect(plain.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
  await noJs.close();
});

test('"/" is a single-key shortcut and is switched off with the others', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('study:shortcuts', 'off'));
  await page.goto('/');
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search the answers' })).not.toBeFocused();
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('searchbox', { name: 'Search the answers' })).toBeFocused();
});

test('topic pages: the list with its coverage matrix, one page per topic, chips linking there', async ({ page }) => {
  await page.goto('/topics/');
  const matrix = page.getByRole('table', { name: 'Coverage: which question covers which topic' });
  await expect(matrix.getByRole('columnheader')).toHaveCount(7);
  const influence = matrix.getByRole('row', { name: /^Influence/ });
  // The dot is decoration (aria-hidden); the words say it to screen readers.
  await expect(influence.getByRole('cell')).toHaveText(['not covered', '●covered', '●covered', 'not covered', 'not covered', '2']);
  await expect(matrix.getByRole('row', { name: /^Hiring/ }).getByRole('cell').last()).toHaveText('only 1');

  await page.getByRole('main').getByRole('link', { name: 'Influence', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Influence');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Upward Management & Influence', 'Navigating Conflict in a Matrixed Organization', 'Unseen questions on this topic']);

  await page.goto('/questions/inclusive-culture/');
  await page.getByRole('list', { name: 'Topics' }).getByRole('link', { name: 'Hiring' }).click();
  await expect(page).toHaveURL(/\/topics\/hiring\/$/);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Team Building and Culture', 'Unseen questions on this topic']);
});

test('for the same words, a story ranks above the bank’s unseen questions (“tech debt”)', async ({ page }) => {
  await page.goto('/search/?q=tech+debt');
  await expect(status(page)).toContainText('for “tech debt”');
  const items = page.getByRole('main').getByRole('listitem');
  await expect(items.filter({ hasText: 'Unseen question' }).filter({ hasText: 'technical debt' })).toHaveCount(1);
  const texts = await items.allInnerTexts();
  const story = texts.findIndex((text) => text.startsWith('Strategic Planning & Budgeting'));
  const unseen = texts.findIndex((text) => text.includes('Unseen question'));
  // The story that talks about tech debt first; the bank's questions after it.
  expect(story).toBe(0);
  expect(unseen).toBeGreaterThan(story);
});

test('the bank’s unseen questions come best match first, not in the order of their page (“feedback peer”)', async ({ page }) => {
  await page.goto('/search/?q=feedback+peer');
  await expect(status(page)).toContainText('for “feedback peer”');
  const unseen = page.getByRole('main').getByRole('listitem').filter({ hasText: 'Unseen question' });
  // Questions on feedback come before it on the bank's page; the one that holds both words leads them here.
  await expect.poll(() => unseen.count()).toBeGreaterThan(1);
  await expect(unseen.first()).toContainText('How have you given difficult feedback to a peer');
});
