import type { Page } from '@playwright/test';
import { expect, SEED_CONTENT, test } from './helpers/seed.ts';
import { forbidOffSiteRequests, noAxeViolations } from './helpers/site.ts';
import { bankEntries } from '../../src/lib/bank/read.ts';

// The bank of unseen questions: the drill "Which story would you tell?", the coverage page with its
// gaps, search, and the topic pages.
forbidOffSiteRequests(test);

const DRILL = '/practice/which-story/';
const bank = bankEntries(`${SEED_CONTENT}/bank`) as { id: string; question: string; topics: string[] }[];
const asked = (page: Page) => page.locator('which-story [data-question]');
const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('study:choices') ?? 'null'));
const story = (page: Page, name: string | RegExp) => page.getByRole('button', { name });

/** Choices as stored, per bank id: a story id, or null for "none fits", on a day of November 2026. */
const choicesOf = (entries: [string, string | null, number][]) =>
  JSON.stringify({ version: 1, choices: Object.fromEntries(entries.map(([id, s, day]) => [id, { story: s, at: new Date(Date.UTC(2026, 10, day)).toISOString() }])) });

test('the drill: stories ranked by shared topics, a choice kept, the timer and the key points; none fits lands in the gaps with its command', async ({ page }) => {
  // Six axe runs: slow on a loaded machine (two suites at once took over 30 s).
  test.setTimeout(90_000);
  await page.goto(DRILL);
  const first = bank[0]!;
  await expect(asked(page)).toHaveText(first.question);
  // Ranked: the stories sharing a topic first, each saying which.
  const buttons = page.locator('which-story [data-story]');
  await expect(buttons).toHaveCount(6);
  await expect(buttons.first()).toContainText('Shares People management');
  await expect(buttons.nth(4)).toContainText('No shared topic');
  await expect(buttons.last()).toHaveText('None of mine fits');

  await story(page, /^Managing Managers/).click();
  await expect(story(page, /^Managing Managers/)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { name: 'Answer it aloud with “Managing Managers”' })).toBeVisible();
  expect((await stored(page)).choices[first.id].story).toBe('managing-managers');
  // The practice card's own timer, loaded on its first use.
  await page.getByRole('button', { name: 'Start timer' }).click();
  await expect(page.getByRole('button', { name: 'Pause timer' })).toBeVisible();
  await expect(page.getByRole('timer')).not.toHaveText('0:00', { timeout: 3000 });
  await page.getByRole('button', { name: 'Pause timer' }).click();
  // The key points come from the story's own page when revealed: the drill's page does not carry them.
  expect(await (await page.request.get('/practice/which-story/')).text()).not.toContain('Aligned autonomy');
  await page.getByRole('button', { name: 'Reveal its key points' }).click();
  await expect(page.locator('#key-points')).toContainText("Aligned autonomy: I set the 'what' and 'why'");
  await expect(page.getByRole('link', { name: 'Open the story' })).toHaveAttribute('href', '/questions/managing-managers/');
  await noAxeViolations(page, 'a story chosen');

  // The next question is one never seen; none of mine fits, then it is a gap.
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(asked(page)).not.toHaveText(first.question);
  await expect(asked(page)).toBeFocused();
  const secondText = await asked(page).textContent();
  const second = bank.find((entry) => entry.question === secondText)!;
  expect(second).toBeDefined();
  await story(page, 'None of mine fits').click();
  await expect(page.getByText('Marked: none of your stories fits.')).toBeVisible();
  expect((await stored(page)).choices[second.id].story).toBeNull();
  await noAxeViolations(page, 'none fits');

  await page.goto('/bank/');
  const gap = page.locator(`[data-gap="${second.id}"]`);
  await expect(gap.locator("a[href^=\"#q-\"]")).toHaveText(second.question);
  await expect(gap.locator('code')).toHaveText(new RegExp(`^npm run new -- --topics ${second.topics.join(',')} "`));
  await expect(page.locator(`[data-bank="${first.id}"] [data-choice]`)).toHaveText('Your choice: Managing Managers.');
  await expect(page.locator(`[data-bank="${second.id}"] [data-choice]`)).toHaveText('Your choice: none of your stories fits.');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await gap.getByRole('button', { name: 'Copy' }).click();
  await expect(gap.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await gap.locator('code').textContent());
  await noAxeViolations(page, 'coverage with a gap marked');
});

test('the drill asks what was never seen first, then what no story fitted, then the oldest choice', async ({ page }) => {
  const [a, b, ...rest] = bank;
  // Every question chosen but one: that one comes first.
  await page.goto(DRILL);
  await page.evaluate((value) => localStorage.setItem('study:choices', value), choicesOf(bank.slice(1).map(({ id }, i) => [id, 'managing-managers', 1 + (i % 20)])));
  await page.reload();
  await expect(asked(page)).toHaveText(a!.question);
  // All chosen, one marked none fits: that one, whatever the order.
  await page.evaluate((value) => localStorage.setItem('study:choices', value), choicesOf([[a!.id, 'managing-managers', 2], [b!.id, 'managing-managers', 3], ...rest.map(({ id }, i): [string, null | string, number] => [id, i === 7 ? null : 'managing-managers', 4])]));
  await page.reload();
  await expect(asked(page)).toHaveText(rest[7]!.question);
  // Changing it: the newest choice is kept.
  await story(page, /^Team Building and Culture/).click();
  expect((await stored(page)).choices[rest[7]!.id].story).toBe('inclusive-culture');
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(asked(page)).toHaveText(a!.question);
});

test('coverage: every question with the stories that fit, filtered by topic and by no story fits', async ({ page }) => {
  await page.goto('/bank/?topic=incidents');
  const incidents = bank.filter(({ topics }) => topics.includes('incidents'));
  await expect(page.getByRole('status').filter({ hasText: 'questions' })).toHaveText(`${incidents.length} of ${bank.length} questions`);
  await expect(page.locator('[data-bank]:visible')).toHaveCount(incidents.length);
  await page.getByLabel('Only those no story fits').check();
  const unfit = page.locator('[data-bank]:visible');
  const count = await unfit.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await expect(unfit.nth(i).locator('.fits')).toHaveText('No story of yours shares a topic.');
  // Every gap has its command; each question links the stories that fit.
  await expect(page.locator('[data-gap]')).toHaveCount(await page.locator('[data-bank][data-fits="0"]').count());
  await page.getByLabel('Topic').selectOption('');
  await page.getByLabel('Only those no story fits').uncheck();
  await expect(page.getByRole('status').filter({ hasText: 'questions' })).toHaveText(`All ${bank.length} questions`);
  const reorg = page.locator('[data-bank="led-reorg"]');
  await expect(reorg.getByRole('link', { name: 'Managing Managers' })).toHaveAttribute('href', '/questions/managing-managers/');
  await page.getByLabel('Topic').selectOption('incidents');
  await noAxeViolations(page, 'coverage filtered');
});

test('search finds a bank question, labelled, leading to its entry on the coverage page', async ({ page }) => {
  await page.goto('/search/?q=reorganization+you+led');
  const result = page.getByRole('main').getByRole('listitem').filter({ hasText: 'Unseen question' }).first();
  await expect(result.getByRole('link')).toHaveText('Tell me about a reorganization you led. Why was it needed, and how did it land?');
  await expect(result).toContainText('Unseen question: the stories of yours that fit it');
  await result.getByRole('link').click();
  await expect(page).toHaveURL(/\/bank\/#q-led-reorg$/);
  await expect(page.locator('#q-led-reorg')).toBeInViewport();
});

test('a topic page lists its bank questions, each leading to its entry; a topic only the bank asks about has a page too', async ({ page }) => {
  await page.goto('/topics/incidents/');
  await expect(page.getByText('No questions of yours on this topic yet.')).toBeVisible();
  const links = page.getByRole('region', { name: 'Unseen questions on this topic' }).getByRole('listitem').getByRole('link');
  const incidents = bank.filter(({ topics }) => topics.includes('incidents'));
  await expect(links).toHaveText(incidents.map(({ question }) => question));
  for (const { id } of incidents.slice(0, 2)) {
    await page.goto('/topics/incidents/');
    await page.locator(`a[href="/bank/#q-${id}"]`).click();
    await expect(page.locator(`#q-${id}`)).toBeInViewport();
  }
  await page.goto('/topics/');
  await expect(page.getByRole('link', { name: 'Crises & incidents' })).toHaveAttribute('href', '/topics/incidents/');
});

test('choices that cannot be kept or read are said, and the drill goes on', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('study:choices', '{"version":1,"choices":');
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'study:choices') throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await page.goto(DRILL);
  await expect(page.getByText('Your earlier choices could not be read; they were kept aside, and new ones start afresh.')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('study:choices:unreadable'))).toBe('{"version":1,"choices":');
  await story(page, /^Managing Managers/).click();
  await expect(page.getByText('This device would not keep your choice (its storage is full or turned off): it lasts until you leave the page.')).toBeVisible();
  await expect(story(page, /^Managing Managers/)).toHaveAttribute('aria-pressed', 'true');
});

test('with JavaScript off, the drill shows its first question and the stories, and points to the coverage page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(DRILL);
  await expect(page.locator('[data-question]')).toHaveText(bank[0]!.question);
  await expect(page.getByText('Choosing needs JavaScript.')).toBeVisible();
  await page.goto('/bank/');
  await expect(page.locator('[data-bank]')).toHaveCount(bank.length);
  await context.close();
});
