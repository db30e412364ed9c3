import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './helpers/seed.ts';
import { revealAnswer } from './helpers/site.ts';

const position = (page: Page) => page.getByText(/^Question \d+ of \d+: /);
const currentTitle = async (page: Page) => ((await position(page).textContent()) ?? '').replace(/^Question \d+ of \d+: /, '');
const reveal = (page: Page) => page.getByRole('button', { name: 'Reveal answer' });

/** Stored progress for the ids given, rated days apart in the given order. */
function progressOf(ratings: [string, string][]) {
  const questions = Object.fromEntries(ratings.map(([id, rating], day) => [id, { rating, at: new Date(Date.UTC(2026, 10, day + 1)).toISOString() }]));
  return JSON.stringify({ version: 1, questions });
}

/** Starts every page of `page` with that progress stored. */
const withProgress = (page: Page, ratings: [string, string][]) => page.addInitScript((value) => localStorage.setItem('study:progress', value), progressOf(ratings));

/** Three questions rated, one of each rating: Nailed it, Needs work, Getting there, in the round's order. */
const ONE_OF_EACH: [string, string][] = [
  ['managing-managers', 'nailed-it'],
  ['upward-influence', 'needs-work'],
  ['matrixed-conflict', 'getting-there'],
];

test('one question at a time with its answer hidden; reveal, rate, and on to the next', async ({ page }) => {
  await page.goto('/practice/');
  await expect(position(page)).toHaveText('Question 1 of 5: Managing Managers');
  await expect(page.getByRole('heading', { level: 2, name: 'Managing Managers' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Upward Management & Influence' })).toBeHidden();
  const answer = page.getByText('My philosophy for managing managers');
  await expect(answer).toBeHidden();
  await expect(page.getByRole('group', { name: 'How did it go?' })).toBeHidden();

  await reveal(page).click();
  await expect(answer).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hide answer' })).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('button', { name: 'Nailed it' }).click();
  await expect(page.getByText('1 of 5 practised, 1 nailed it')).toBeVisible();
  // The rating moves on by itself, a moment after it shows it was kept.
  await expect(position(page)).toHaveText('Question 2 of 5: Upward Management & Influence');
  await expect(page.getByText('In my previous role')).toBeHidden();
  await page.getByRole('button', { name: 'Previous' }).click();
  await expect(position(page)).toHaveText('Question 1 of 5: Managing Managers');
});

test('a rating is kept across a reload and shown on the home page', async ({ page }) => {
  await page.goto('/practice/');
  await revealAnswer(page);
  await page.getByRole('button', { name: 'Needs work' }).click();
  await page.reload();
  await expect(page.getByText('1 of 5 practised, 1 needs work')).toBeVisible();
  await page.goto('/');
  await expect(page.getByText('1 of 5 practised, 1 needs work')).toBeVisible();
  const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Managing Managers' }) });
  await expect(card.getByText('Last rating: Needs work')).toBeVisible();
});

test('the home page draws the progress at a glance: a bar per question, as tall as its last rating', async ({ page }) => {
  await withProgress(page, ONE_OF_EACH);
  await page.goto('/');
  // The words first (the bars are hidden from screen readers: the summary and the list say it all).
  await expect(page.getByText('3 of 5 practised, 1 needs work, 1 getting there, 1 nailed it')).toBeVisible();
  const bars = page.locator('.glance .bars > span');
  await expect(bars).toHaveCount(5);
  const heights = await bars.evaluateAll((spans) => spans.map((span) => span.getBoundingClientRect().height));
  const [nailed, needs, getting, ...never] = heights as [number, number, number, ...number[]];
  expect(nailed).toBeGreaterThan(getting);
  expect(getting).toBeGreaterThan(needs);
  expect(needs).toBeGreaterThan(0);
  expect(never).toEqual([0, 0]);
  await expect(page.locator('.glance .bars')).toHaveAttribute('aria-hidden', 'true');
});

test('weakest first, when chosen: never practised, then Needs work, Getting there, Nailed it, oldest first', async ({ page }) => {
  await withProgress(page, [...ONE_OF_EACH, ['inclusive-culture', 'needs-work']]);
  await page.goto('/practice/');
  await page.getByText('Order and topics').click();
  await page.getByRole('radio', { name: 'Weakest first' }).check();
  // The other orders' code deals the deck: the session is busy until it has.
  await expect(page.locator('practice-session')).not.toHaveAttribute('aria-busy');
  const titles: string[] = [];
  for (let i = 0; i < 5; i++) {
    titles.push(await currentTitle(page));
    await page.getByRole('button', { name: 'Next' }).click();
  }
  expect(titles).toEqual([
    'Strategic Planning & Budgeting',
    'Upward Management & Influence',
    'Team Building and Culture',
    'Navigating Conflict in a Matrixed Organization',
    'Managing Managers',
  ]);
});

test('filter by topic and shuffle', async ({ page }) => {
  await page.goto('/practice/');
  await page.getByText('Order and topics').click();
  await page.getByRole('checkbox', { name: 'Budgeting & headcount' }).check();
  await expect(position(page)).toHaveText('Question 1 of 1: Strategic Planning & Budgeting');
  await page.getByRole('checkbox', { name: 'Conflict resolution' }).check();
  await expect(position(page)).toHaveText(/^Question 1 of 2: /);
  await page.getByRole('checkbox', { name: 'Budgeting & headcount' }).uncheck();
  await page.getByRole('checkbox', { name: 'Conflict resolution' }).uncheck();
  // The shuffle's code loads when it is first chosen: the deck is dealt again once it has (the position line is rewritten).
  const dealt = page.locator('[data-position]').evaluate((line) => new Promise<void>((resolve) => new MutationObserver(() => resolve()).observe(line, { childList: true, characterData: true, subtree: true })));
  await page.getByRole('checkbox', { name: 'Shuffle the order' }).check();
  await dealt;
  const seen = new Set<string>();
  for (let i = 0; i < 5; i++) {
    seen.add(await currentTitle(page));
    await page.getByRole('button', { name: 'Next' }).click();
  }
  expect(seen.size).toBe(5);
});

test('the timer counts against the answer time and shows when it is over', async ({ page }) => {
  // Time stands still but for runFor: a busy machine's own seconds never reach the timer. Held
  // before the page loads: a moment named once it has loaded may be past already on a busy machine.
  await page.clock.install({ time: new Date('2026-12-02T09:00:00') });
  await page.clock.pauseAt(new Date('2026-12-02T09:01:00'));
  await page.goto('/practice/');
  const timer = page.getByRole('timer');
  await expect(timer).toHaveText('0:00');
  // Against the card's own target, which the card shows.
  await expect(page.locator('.card[data-current]').getByText('Target: about 2 min aloud')).toBeVisible();
  await page.getByRole('button', { name: 'Start timer' }).click();
  // The timer's code loads with that first click; it is running once the button says Pause.
  await expect(page.getByRole('button', { name: 'Pause timer' })).toBeVisible();
  await page.clock.runFor(65_000);
  await expect(timer).toHaveText('1:05');
  await page.getByRole('button', { name: 'Pause timer' }).click();
  await page.clock.runFor(30_000);
  await expect(timer).toHaveText('1:05');
  await page.keyboard.press('t');
  await page.clock.runFor(70_000);
  await expect(timer).toHaveText('2:15, 0:15 over time');
  await expect(timer).toHaveAttribute('data-over', '');
  await page.getByRole('button', { name: 'Reset timer' }).click();
  await expect(timer).toHaveText('0:00');
});

test('keyboard: Space reveals, 1-3 rate, N and P move, ? lists the keys; nothing fires twice', async ({ page }) => {
  await page.goto('/practice/');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Hide answer' })).toBeVisible();
  await page.keyboard.press('2');
  // Rated, then on to the next card, as a click does.
  await expect(page.getByText('1 of 5 practised, 1 getting there')).toBeVisible();
  await expect(position(page)).toHaveText(/^Question 2 of 5/);
  await page.keyboard.press('n');
  await expect(position(page)).toHaveText(/^Question 3 of 5/);
  await page.keyboard.press('ArrowRight');
  await expect(position(page)).toHaveText(/^Question 4 of 5/);
  await page.keyboard.press('p');
  await expect(position(page)).toHaveText(/^Question 3 of 5/);

  // A focused button handles Enter itself: the answer opens once, not open-then-closed.
  await reveal(page).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Hide answer' })).toHaveAttribute('aria-expanded', 'true');

  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('n');
  await expect(position(page)).toHaveText(/^Question 3 of 5/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('single-key shortcuts can be switched off, and the choice is remembered', async ({ page }) => {
  await page.goto('/practice/');
  await page.getByRole('checkbox', { name: 'Single-key shortcuts' }).uncheck();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Single-key shortcuts' })).not.toBeChecked();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('n');
  await page.keyboard.press('Space');
  await expect(position(page)).toHaveText(/^Question 1 of 5/);
  await expect(reveal(page)).toBeVisible();
});

test('corrupted storage is ignored: the page works from empty progress without errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('study:progress', '{"version":1,"questions":{"managing-managers":');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/practice/');
  await expect(page.getByText('None of 5 practised yet')).toBeVisible();
  await revealAnswer(page);
  await page.getByRole('button', { name: 'Nailed it' }).click();
  await page.goto('/');
  await expect(page.getByText('1 of 5 practised, 1 nailed it')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('study:progress:unreadable'))).toContain('"managing-managers":');
  expect(errors).toEqual([]);
});

test('export then import restores progress; reset asks first', async ({ page }) => {
  await page.goto('/practice/');
  await revealAnswer(page);
  await page.getByRole('button', { name: 'Getting there' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = await (await download).path();
  const exported = readFileSync(file, 'utf8');
  // Version 2: every rating, with when and where it was given.
  expect(JSON.parse(exported)).toMatchObject({ version: 2, reviews: [{ q: 'managing-managers', r: 'getting-there', from: 'practice' }] });

  page.once('dialog', (dialog) => dialog.dismiss());
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await expect(page.getByText('1 of 5 practised, 1 getting there')).toBeVisible();
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await expect(page.getByText('None of 5 practised yet')).toBeVisible();

  await page.getByLabel('Import progress').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(page.getByText('Imported 1 newer rating.')).toBeVisible();
  await expect(page.getByText('1 of 5 practised, 1 getting there')).toBeVisible();
  // Importing the same file again merges: nothing is counted twice.
  await page.getByLabel('Import progress').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(page.getByText('Imported 0 newer ratings.')).toBeVisible();
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('study:progress')!).reviews.length)).toBe(1);
});

test('a bad import file gets a clear message and changes nothing', async ({ page }) => {
  await page.goto('/practice/');
  await revealAnswer(page);
  await page.getByRole('button', { name: 'Nailed it' }).click();
  await page.getByLabel('Import progress').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
  await expect(page.getByRole('status').filter({ hasText: 'was not imported' })).toHaveText(
    '“notes.json” was not imported: it is not progress of version 1 or 2. Nothing changed.',
  );
  await expect(page.getByText('1 of 5 practised, 1 nailed it')).toBeVisible();
});

test('with JavaScript off, the practice page lists every question, each with a link to its answer', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/practice/');
  await expect(page.locator('.deck').getByRole('heading', { level: 2 })).toHaveCount(5);
  await expect(page.getByRole('button', { name: 'Reveal answer' })).toBeHidden();
  // The answers themselves are on the question pages: each card's title leads to its own.
  const links = page.locator('.deck').getByRole('heading', { level: 2 }).getByRole('link');
  await expect(links).toHaveCount(5);
  const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')!));
  for (const href of hrefs) {
    await page.goto(href);
    await expect(page.getByRole('heading', { level: 2, name: 'The answer' })).toBeVisible();
    await expect(page.locator('#answer-body .prose p').first()).toBeVisible();
  }
  await page.goto(hrefs[0]!);
  await expect(page.getByText('My philosophy for managing managers')).toBeVisible();
  await context.close();
});

test('the answer is not on the practice page: Reveal brings it from its question page, with the key points the Rehearse panel reads', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  await page.goto('/practice/');
  // Nothing of any answer is in the page as served.
  const html = await (await page.request.get('/practice/')).text();
  expect(html).not.toContain('My philosophy for managing managers');
  expect(html).not.toContain('Aligned autonomy');
  expect(asked).not.toContain('/questions/managing-managers/');
  await reveal(page).click();
  await expect(page.getByText('My philosophy for managing managers')).toBeVisible();
  expect(asked).toContain('/questions/managing-managers/');
  const card = page.locator('.card[data-current]');
  await expect(card.locator('.star-lines dt')).toHaveText(['Situation', 'Task', 'Action', 'Result']);
  await expect(card.locator('[data-key-points="managing-managers"] li').first()).toBeVisible();
  // What the Rehearse panel reads is now the question page's own (the card carried less).
  const rehearse = JSON.parse((await page.locator('rehearse-panel').getAttribute('data-rehearse'))!) as { id: string; keyPoints: string[] };
  expect(rehearse.id).toBe('managing-managers');
  expect(rehearse.keyPoints[0]).toContain('Aligned autonomy');
  // Hidden and shown again: no second fetch.
  await page.getByRole('button', { name: 'Hide answer' }).click();
  await reveal(page).click();
  await expect(page.getByText('My philosophy for managing managers')).toBeVisible();
  expect(asked.filter((path) => path === '/questions/managing-managers/')).toHaveLength(1);
});

test('opening the Rehearse panel before Reveal brings the answer too, so the panel has the key points to tick', async ({ page }) => {
  await page.goto('/practice/');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(position(page)).toHaveText('Question 2 of 5: Upward Management & Influence');
  await page.getByText('Rehearse aloud').click();
  await expect(page.locator('[data-key-points="upward-influence"] li').first()).toBeAttached();
  await expect(page.locator('rehearse-panel')).toHaveAttribute('data-rehearse', /"keyPoints":\["/);
  // Still hidden until revealed: the panel opening fetched it, it did not show it.
  await expect(page.locator('.card[data-current] .prose')).toBeHidden();
});

test('when the answer cannot come, the card says so and offers its page; the next Reveal tries again', async ({ browser, baseURL }) => {
  // No offline copy: once its worker had saved the page (a slow machine lets it), the route would not be asked.
  const context = await browser.newContext({ baseURL: baseURL!, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route('**/questions/managing-managers/', (route) => route.abort());
  await page.goto('/practice/');
  await reveal(page).click();
  const card = page.locator('.card[data-current]');
  await expect(card.getByText('The answer could not load here')).toBeVisible();
  await expect(card.getByRole('link', { name: 'Read the model answer on its page' })).toHaveAttribute('href', /\/questions\/managing-managers\/$/);
  await page.unroute('**/questions/managing-managers/');
  await page.getByRole('button', { name: 'Hide answer' }).click();
  await reveal(page).click();
  await expect(page.getByText('My philosophy for managing managers')).toBeVisible();
  await expect(card.getByText('The answer could not load here')).toBeHidden();
  await context.close();
});
