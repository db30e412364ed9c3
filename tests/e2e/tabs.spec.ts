import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './helpers/seed.ts';
import { revealAnswer } from './helpers/site.ts';

// Several tabs of one browser: every write merges with what is stored now, and every tab shows
// what another has written without a reload (the `storage` event).

const position = (page: Page) => page.getByText(/^Question \d+ of \d+: /);
const currentTitle = async (page: Page) => ((await position(page).textContent()) ?? '').replace(/^Question \d+ of \d+: /, '');
const summary = (page: Page) => page.locator('[data-progress-summary]').first();
const stored = (page: Page) => page.evaluate(() => (JSON.parse(localStorage.getItem('study:progress') ?? '{"reviews":[]}') as { reviews: { q: string; r: string }[] }).reviews);

/** Rates the card on show (revealing it first), waits for the page to say the rating is kept and to move on, and returns its title. */
async function rateCurrent(page: Page, rating: 'Needs work' | 'Getting there' | 'Nailed it'): Promise<string> {
  const title = await currentTitle(page);
  if (await page.getByRole('button', { name: 'Reveal answer' }).isVisible()) await revealAnswer(page);
  await page.getByRole('button', { name: rating }).click();
  await expect(page.locator('practice-session [data-plan-status]')).toHaveText(/^Rating saved on this device\./);
  await expect.poll(() => currentTitle(page)).not.toBe(title);
  return title;
}

/** Two tabs of one context, both loaded before either rates. */
async function twoTabs(context: BrowserContext, path: string): Promise<[Page, Page]> {
  const one = await context.newPage();
  const two = await context.newPage();
  await one.goto(path);
  await two.goto(path);
  return [one, two];
}

test('two practice tabs rating in turn, in both orders: every rating is kept, and both screens show them all', async ({ context }) => {
  const [one, two] = await twoTabs(context, '/practice/');
  const rated = [await rateCurrent(one, 'Needs work')];
  // The other tab, loaded before that rating, shows it without a reload.
  await expect(summary(two)).toHaveText('1 of 5 practised, 1 needs work');
  await two.getByRole('button', { name: 'Next' }).click();
  rated.push(await rateCurrent(two, 'Getting there'));
  rated.push(await rateCurrent(two, 'Nailed it'));
  while (rated.includes(await currentTitle(one))) await one.getByRole('button', { name: 'Next' }).click();
  rated.push(await rateCurrent(one, 'Nailed it'));

  expect(new Set(rated).size).toBe(4);
  expect(await stored(one)).toHaveLength(4);
  expect(await stored(two)).toHaveLength(4);
  for (const page of [one, two]) await expect(summary(page)).toHaveText('4 of 5 practised, 1 needs work, 1 getting there, 2 nailed it');
});

test('two tabs rating at the same moment: both ratings are kept (writes that cross are united)', async ({ context }) => {
  const [one, two] = await twoTabs(context, '/practice/');
  await two.getByRole('button', { name: 'Next' }).click();
  // Both answers are on show (their code loaded): the two clicks land together.
  for (const page of [one, two]) await revealAnswer(page);
  await Promise.all([one.getByRole('button', { name: 'Nailed it' }).click(), two.getByRole('button', { name: 'Needs work' }).click()]);
  await expect.poll(async () => (await stored(one)).map(({ r }) => r).sort()).toEqual(['nailed-it', 'needs-work']);
  for (const page of [one, two]) await expect(summary(page)).toHaveText('2 of 5 practised, 1 needs work, 1 nailed it');
});

test('the home page shows a rating given in another tab, and today’s count, without a reload', async ({ context }) => {
  const home = await context.newPage();
  await home.goto('/');
  await expect(summary(home)).toHaveText('None of 5 practised yet');
  const due = home.locator('study-plan [data-due]');
  await expect(due).toHaveText('5 questions due today');
  const practice = await context.newPage();
  await practice.goto('/practice/');
  const title = await rateCurrent(practice, 'Getting there');
  await expect(summary(home)).toHaveText('1 of 5 practised, 1 getting there');
  const card = home.getByRole('article').filter({ has: home.getByRole('heading', { name: title }) });
  await expect(card.getByText('Last rating: Getting there')).toBeVisible();
  // The practice tab works the plan out again with the rating and keeps it; the home page shows it.
  await expect(due).toHaveText('4 questions due today');
});

test('a practice tab takes another tab’s rating into its order: what was due and is rated elsewhere goes to the back', async ({ context }) => {
  const [one, two] = await twoTabs(context, '/practice/');
  const first = await currentTitle(two);
  await rateCurrent(one, 'Nailed it');
  // The card on show stays on show; the one rated elsewhere is no longer among those due first.
  await expect(position(two)).toHaveText(new RegExp(`^Question 5 of 5: ${first.replace(/[&]/g, '\\$&')}$`));
  await expect(two.getByRole('button', { name: 'Reveal answer' })).toBeVisible();
});

test('two drill tabs: a choice made in one shows in the other, and choices made in turn in both are all kept', async ({ context }) => {
  const [one, two] = await twoTabs(context, '/practice/which-story/');
  const question = (page: Page) => page.locator('which-story [data-question]');
  await expect(question(two)).toHaveText((await question(one).textContent())!);
  const story = one.locator('[data-story]').first();
  const title = (await story.locator('strong').textContent())!;
  await story.click();
  await expect(one.getByText('Your choice is saved on this device.')).toBeVisible();
  // The other tab, on the same question, shows the choice without a reload.
  await expect(two.locator('[data-story]').filter({ hasText: title })).toHaveAttribute('aria-pressed', 'true');

  await two.getByRole('button', { name: 'Next question' }).click();
  await expect(question(two)).not.toHaveText((await question(one).textContent())!);
  await two.getByRole('button', { name: 'None of mine fits' }).click();
  await expect(two.getByText('Your choice is saved on this device.')).toBeVisible();
  await one.getByRole('button', { name: 'Next question' }).click();
  await one.locator('[data-story]').first().click();

  const choices = (page: Page) => page.evaluate(() => Object.values((JSON.parse(localStorage.getItem('study:choices')!) as { choices: Record<string, { story: string | null }> }).choices));
  await expect.poll(async () => (await choices(one)).length).toBe(3);
  expect((await choices(two)).filter(({ story }) => story === null)).toHaveLength(1);
});

test('two tabs changing the interview’s set-up at the same moment: both changes are kept, and both tabs show them', async ({ context }) => {
  // Time held: each tab's change is made again to what the other wrote, however long the machine takes (shared-value.ts).
  await context.clock.setFixedTime(new Date('2026-12-01T09:00:00'));
  const [one, two] = await twoTabs(context, '/interview/');
  for (const page of [one, two]) await page.getByText('Change the set-up').click();
  await Promise.all([one.getByRole('radio', { name: '3', exact: true }).check(), two.getByRole('radio', { name: 'Shuffled', exact: true }).check()]);
  const setup = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('study:interview') ?? '{}') as { count?: string; order?: string; version?: number });
  await expect.poll(async () => setup(one)).toMatchObject({ count: '3', order: 'shuffled', version: 1 });
  for (const page of [one, two]) await expect(page.locator('[data-summary]')).toContainText('3 of 5 questions, shuffled');
});

test('two tabs changing the cheat sheet’s choice at the same moment: both questions are left off', async ({ context }) => {
  await context.clock.setFixedTime(new Date('2026-12-01T09:00:00'));
  const [one, two] = await twoTabs(context, '/cheat-sheet/');
  const box = (page: Page, name: RegExp) => page.getByRole('article', { name }).getByRole('checkbox', { name: 'On my sheet' });
  await Promise.all([box(one, /Managing Managers/).uncheck(), box(two, /Team Building and Culture/).uncheck()]);
  const off = (page: Page) => page.evaluate(() => (JSON.parse(localStorage.getItem('study:cheat-sheet') ?? '{}') as { off?: string[] }).off);
  await expect.poll(async () => (await off(one))?.length).toBe(2);
  for (const page of [one, two]) {
    await expect(box(page, /Managing Managers/)).not.toBeChecked();
    await expect(box(page, /Team Building and Culture/)).not.toBeChecked();
  }
});

test('the plan’s settings: another tab’s write that crosses this tab’s date (lacking it) is given the date again; both are kept', async ({ context }) => {
  // Time held: the write below always comes within the moment a tab makes its change again (shared-value.ts).
  await context.clock.setFixedTime(new Date('2026-12-01T09:00:00'));
  const [home, other] = await twoTabs(context, '/');
  const settings = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('study:plan') ?? 'null') as { dates: Record<string, { day: string }> } | null);
  await home.getByLabel('Date', { exact: true }).fill('2026-12-20');
  await home.getByRole('button', { name: 'Save' }).click();
  await expect(home.locator('study-plan [data-status]')).toHaveText('Saved: the plan brings every question back before the interview.');
  // The other tab (another round's page) read the settings a moment before that date was saved, and writes over it.
  await other.evaluate(() => localStorage.setItem('study:plan', JSON.stringify({ dates: { 'another-round': { day: '2026-12-24' } }, retention: 0.9, version: 1 })));
  await expect.poll(async () => Object.keys((await settings(other))?.dates ?? {}).sort()).toEqual(['another-round', 'soft-skills-leadership']);
  expect((await settings(home))!.dates['soft-skills-leadership']!.day).toBe('2026-12-20');
  // The plan worked out again from both (keyed to the settings kept), and the other tab shows the date.
  await expect.poll(async () => other.evaluate(() => JSON.parse(localStorage.getItem('study:schedule') ?? '{}').key as string)).toContain('another-round');
  await expect(other.locator('study-plan [data-when]')).toContainText('20 December');
});

test('an element that leaves the page no longer hears other tabs (nothing changes in it, nothing throws); put back, it hears them again', async ({ context }) => {
  const home = await context.newPage();
  const errors: Error[] = [];
  home.on('pageerror', (error) => errors.push(error));
  await home.goto('/');
  await expect(summary(home)).toHaveText('None of 5 practised yet');
  // The plan's block, taken out of the page (kept, to look at); the ratings' lists around it stay.
  const place = await home.evaluate(() => {
    const block = document.querySelector('study-plan')!;
    (window as unknown as { removed: Element }).removed = block;
    block.replaceWith(Object.assign(document.createElement('div'), { id: 'plan-was-here' }));
    return block.querySelector('[data-due]')!.textContent;
  });
  expect(place).toBe('5 questions due today');
  const removedDue = () => home.evaluate(() => (window as unknown as { removed: Element }).removed.querySelector('[data-due]')!.textContent);
  const practice = await context.newPage();
  await practice.goto('/practice/');
  await rateCurrent(practice, 'Getting there');
  // The list of questions on the page shows the rating (and the practice tab keeps the plan worked
  // out again); the removed block, progress line and all, was not told.
  await expect(home.locator('.question-list [data-rating]')).toHaveText(['Last rating: Getting there']);
  await expect.poll(() => practice.evaluate(() => localStorage.getItem('study:schedule'))).not.toBeNull();
  expect(await removedDue()).toBe('5 questions due today');
  // Back on the page, a new connection listens again.
  await home.evaluate(() => document.getElementById('plan-was-here')!.replaceWith((window as unknown as { removed: Element }).removed));
  await rateCurrent(practice, 'Nailed it');
  await expect.poll(removedDue).toBe('3 questions due today');
  expect(errors).toEqual([]);
});
