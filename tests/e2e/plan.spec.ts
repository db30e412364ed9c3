import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './helpers/seed.ts';
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { AXE_TAGS, forbidOffSiteRequests, revealAnswer } from './helpers/site.ts';
import { layoutShiftOf } from '../../src/cli/layout-shift.ts';

// The study plan, as days pass: Playwright's clock sets each day (Date only; timers run as usual),
// in a time zone far from UTC so that a day counted in UTC instead of the reader's own would show.
test.use({ timezoneId: 'Pacific/Auckland' });
forbidOffSiteRequests(test);

/** 09:00 in Auckland on a day of December 2026 (UTC+13: the day before in UTC). */
const morning = (day: number) => new Date(`2026-12-${String(day).padStart(2, '0')}T09:00:00+13:00`);
const plan = (page: Page) => page.locator('study-plan');
const due = (page: Page) => plan(page).locator('[data-due]');
const stored = (page: Page, key: string) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), key);

/** The interview date, asked for openly until there is one, then under "Change the date". */
async function setDate(page: Page, day: string, time = '') {
  if (!(await page.getByLabel('Date', { exact: true }).isVisible())) await plan(page).getByText('Change the date').click();
  await page.getByLabel('Date', { exact: true }).fill(day);
  if (time) await page.getByLabel('Time (optional)').fill(time);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(plan(page).getByRole('status')).toHaveText('Saved: the plan brings every question back before the interview.');
}

/** Today's session from the home page: every card due rated "Getting there"; the titles, in order. */
async function todaysSession(page: Page): Promise<string[]> {
  await plan(page).getByRole('link', { name: 'Start today’s session' }).click();
  await expect(page).toHaveURL(/\/practice\/\?today$/);
  const position = page.locator('[data-position]');
  await expect(position).toHaveText(/^Today’s session: question 1 of \d+: /);
  const count = Number(/ of (\d+):/.exec((await position.textContent())!)![1]);
  const titles: string[] = [];
  for (let i = 0; i < count; i++) {
    await expect(position).toHaveText(new RegExp(`^Today’s session: question ${i + 1} of ${count}: `));
    titles.push((await position.textContent())!.replace(/^[^:]+: [^:]+: /, ''));
    await revealAnswer(page);
    // Rated, the card moves on by itself; after the last, "Done for today" takes its place.
    await page.getByRole('button', { name: 'Getting there' }).click();
  }
  await expect(page.getByText(/^Done for today\./)).toBeVisible();
  await expect(page.locator('.card[data-current]')).toBeHidden();
  return titles;
}

test('a date ten days ahead, the five questions rated, then day by day to the interview: what is due each day', async ({ page }) => {
  test.setTimeout(180_000);
  await page.clock.setFixedTime(morning(1));
  await page.goto('/');
  await expect(plan(page).getByRole('heading', { name: 'Today' })).toBeVisible();
  await expect(due(page)).toHaveText('5 questions due today');
  await setDate(page, '2026-12-11', '14:30');
  await expect(plan(page).locator('[data-when]')).toHaveText('Interview in 10 days · Friday 11 December, 14:30');
  // The strip: today to the interview, today marked, the interview last.
  const days = plan(page).getByRole('region', { name: 'Reviews planned each day' }).getByRole('listitem');
  await expect(days).toHaveCount(11);
  await expect(days.first()).toHaveAttribute('data-today', '');
  // The five new questions, spread over the days to come: today's first.
  const first = Number(/^(\d+) questions? due today$/.exec((await due(page).textContent())!)![1]);
  expect(first).toBeGreaterThan(0);
  await expect(days.first()).toContainText(`Tuesday 1 December: ${first} review${first > 1 ? 's' : ''} (today)`);
  await expect(days.last()).toContainText('Friday 11 December: your interview');

  // Day 1: today's session; after its last card, the next session, and nothing more today.
  expect(await todaysSession(page)).toHaveLength(first);
  await expect(page.getByText(/^Done for today\. Next session: \w+day \d+ December \(\d\)\.$/)).toBeVisible();
  await page.goto('/');
  await expect(due(page)).toHaveText(/^Nothing due today; next: \w+day \(\d\)$/);

  // Each next day: what the strip planned for it is what is due, and today's session clears it.
  for (let day = 2; day <= 11; day++) {
    await page.goto('/');
    const tomorrow = (await days.nth(1).locator('.visually-hidden').textContent())!;
    const planned = day === 11 ? 0 : Number(/: (\d+) reviews?/.exec(tomorrow)?.[1] ?? 0);
    await page.clock.setFixedTime(morning(day));
    await page.goto('/');
    if (day === 11) {
      // The interview's day: no review was planned on it, and every question is due by it at the
      // latest: a last look at all five, if wanted.
      await expect(plan(page).locator('[data-when]')).toHaveText('Interview today · Friday 11 December, 14:30');
      await expect(due(page)).toHaveText('5 questions due today');
      break;
    }
    await expect(due(page), `1${day} December`).toHaveText(planned ? `${planned} question${planned > 1 ? 's' : ''} due today` : /^Nothing due today/);
    if (planned) expect(await todaysSession(page)).toHaveLength(planned);
  }

  // The plan's rules, from what was rated: no question left out of the last 48 hours before the
  // interview (9 and 10 December), three reviews or more each, none on the day itself.
  const { reviews } = (await stored(page, 'study:progress')) as { reviews: { q: string; at: string; from: string }[] };
  const dayOf = (at: string) => new Date(at).toLocaleDateString('en-CA', { timeZone: 'Pacific/Auckland' });
  const ids = [...new Set(reviews.map((review) => review.q))];
  expect(ids).toHaveLength(5);
  for (const id of ids) {
    const on = reviews.filter((review) => review.q === id).map((review) => dayOf(review.at));
    expect(on.length, id).toBeGreaterThanOrEqual(3);
    expect(on.some((day) => day === '2026-12-09' || day === '2026-12-10'), `${id}: ${on.join(', ')}`).toBe(true);
    expect(on.every((day) => day < '2026-12-11'), id).toBe(true);
  }
  expect(reviews.every((review) => review.from === 'practice')).toBe(true);
});

test('practice orders what is due first; the rest by when it comes back; "Weakest first" stays', async ({ page }) => {
  await page.clock.setFixedTime(morning(1));
  await page.goto('/practice/');
  // Rate two, then come back two days later: FSRS brings back "Needs work" before "Nailed it".
  for (const [i, rating] of ['Needs work', 'Nailed it'].entries()) {
    await revealAnswer(page);
    await page.getByRole('button', { name: rating }).click();
    // The rating moves on to the next card by itself.
    await expect(page.locator('[data-position]')).toHaveText(new RegExp(`^Question ${i + 2} of 5: `));
  }
  await expect.poll(() => stored(page, 'study:schedule')).not.toBeNull();
  await page.clock.setFixedTime(morning(3));
  await page.goto('/practice/');
  const position = page.locator('[data-position]');
  const order: string[] = [];
  for (let i = 0; i < 5; i++) {
    order.push((await position.textContent())!.replace(/^Question \d of 5: /, ''));
    await page.getByRole('button', { name: 'Next' }).click();
  }
  // Due: the one that needs work (overdue) before the three never practised; the one nailed comes back later.
  expect(order[0]).toBe('Managing Managers');
  expect(order.at(-1)).toBe('Upward Management & Influence');
  await page.getByText('Order and topics').click();
  await page.getByRole('radio', { name: 'Weakest first' }).check();
  await expect(position).toHaveText(/^Question 1 of 5: (?!Managing Managers|Upward)/);
});

test('the calendar file: every study day and the interview, none after it, the same events on a second download', async ({ page }) => {
  await page.clock.setFixedTime(morning(1));
  await page.goto('/');
  await setDate(page, '2026-12-11');
  const today = Number(/^(\d+) questions? due today$/.exec((await due(page).textContent())!)![1]);
  const download = async () => {
    const file = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Add the plan to my calendar' }).click();
    const saved = await file;
    expect(saved.suggestedFilename()).toBe('study-plan.ics');
    return new ICAL.Component(ICAL.parse(readFileSync((await saved.path())!, 'utf8')));
  };
  const first = await download();
  await expect(plan(page).getByRole('status')).toHaveText('The plan is in study-plan.ics: open it with your calendar. Importing a newer one updates the same events.');
  const events = first.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  const study = events.filter((event) => event.summary.startsWith('Study: '));
  const interview = events.find((event) => event.summary === 'Interview: Soft Skills & Leadership')!;
  expect(interview.startDate.toString()).toBe('2026-12-11');
  expect(study.length).toBeGreaterThan(2);
  expect(study[0]!.startDate.toString()).toBe('2026-12-01');
  expect(study[0]!.summary).toMatch(today > 1 ? `Study: ${today} questions` : /^Study: \S/);
  expect(study[0]!.description).toContain('- Managing Managers');
  expect(study[0]!.description).toMatch(/Today's session: http:\/\/127\.0\.0\.1:\d+\/practice\/\?today/);
  for (const event of study) expect(event.startDate.toString() < '2026-12-11', event.startDate.toString()).toBe(true);

  await page.clock.setFixedTime(new Date(morning(1).getTime() + 5 * 60_000));
  const second = (await download()).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  expect(second.map((event) => event.uid)).toEqual(events.map((event) => event.uid));
  expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
  expect(second[0]!.sequence).toBeGreaterThan(events[0]!.sequence);
});

test('version 1 progress is moved to version 2 on load, the same last ratings shown, and the plan worked out from it', async ({ page }) => {
  await page.clock.setFixedTime(morning(1));
  const v1 = { version: 1, questions: { 'managing-managers': { rating: 'nailed-it', at: '2026-11-20T09:00:00.000Z' }, 'upward-influence': { rating: 'needs-work', at: '2026-11-25T09:00:00.000Z' } } };
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('seeded')) localStorage.setItem('study:progress', value);
    sessionStorage.setItem('seeded', '1');
  }, JSON.stringify(v1));
  await page.goto('/');
  const list = page.getByRole('main').getByRole('listitem');
  await expect(list.filter({ hasText: 'Managing Managers' })).toContainText('Last rating: Nailed it');
  await expect(list.filter({ hasText: 'Upward Management' })).toContainText('Last rating: Needs work');
  await expect(page.getByText('2 of 5 practised, 1 needs work, 1 nailed it')).toBeVisible();
  expect(await stored(page, 'study:progress')).toEqual({
    version: 2,
    reviews: [
      { q: 'managing-managers', r: 'nailed-it', at: '2026-11-20T09:00:00.000Z', from: 'practice' },
      { q: 'upward-influence', r: 'needs-work', at: '2026-11-25T09:00:00.000Z', from: 'practice' },
    ],
  });
  expect(await page.evaluate(() => localStorage.getItem('study:progress:v1'))).toBeNull();
  // The kept plan came from nothing: FSRS works it out once the page has loaded.
  await expect.poll(async () => Object.keys((await stored(page, 'study:schedule'))?.next ?? {}).sort()).toEqual(
    ['inclusive-culture', 'managing-managers', 'matrixed-conflict', 'roadmap-and-budget', 'upward-influence'],
  );
  await expect(due(page)).toHaveText(/^[345] questions due today$/);
});

test('a date that is not a day is dropped, and said; a date gone by asks for a new one', async ({ page }) => {
  await page.clock.setFixedTime(morning(1));
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) localStorage.setItem('study:plan', JSON.stringify({ dates: { 'soft-skills-leadership': { day: '2026-02-30' } }, retention: 0.9 }));
    sessionStorage.setItem('seeded', '1');
  });
  await page.goto('/');
  await expect(plan(page).getByRole('status')).toHaveText('The interview date kept on this device could not be read, so it was dropped: set it again.');
  await expect(plan(page).locator('[data-when]')).toHaveText('Set your interview date to see what you would recall of each answer on the day.');
  // What could not be read is dropped from what is stored too, kept as this version keeps it.
  expect(await stored(page, 'study:plan')).toEqual({ dates: {}, retention: 0.9, version: 1 });

  await setDate(page, '2026-12-04');
  await page.clock.setFixedTime(morning(7));
  await page.goto('/');
  await expect(plan(page).locator('[data-when]')).toHaveText('Your interview date, Friday 4 December, has passed: set a new one below.');
  await expect(page.getByLabel('Date', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Remove the date' }).click();
  await expect(plan(page).getByRole('status')).toHaveText('The date is removed: the plan follows FSRS alone.');
  // Without a date and before any rating, no chart of empty days: what will show there, and when.
  await expect(plan(page).getByRole('region', { name: 'Reviews planned each day' }).getByRole('listitem')).toHaveCount(0);
  await expect(plan(page).getByText('Each day’s reviews show here once you rate an answer or set a date.')).toBeVisible();
});

test('storage full: the plan still shows for this visit and says it cannot be kept', async ({ page }) => {
  await page.clock.setFixedTime(morning(1));
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('/');
  await page.getByLabel('Date', { exact: true }).fill('2026-12-11');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(plan(page).getByRole('status')).toHaveText('This device would not keep the plan (its storage is full or turned off): it holds for this visit only.');
  await expect(plan(page).locator('[data-when]')).toHaveText('Interview in 10 days · Friday 11 December');
  await expect(plan(page).getByRole('region', { name: 'Reviews planned each day' }).getByRole('listitem')).toHaveCount(11);
});

test('axe finds nothing in the plan’s states, light and dark, and nothing scrolls sideways at 320 px', async ({ page }) => {
  // Axe in each state and theme: slow on a loaded machine (two suites at once took over 30 s).
  test.setTimeout(90_000);
  await page.clock.setFixedTime(morning(1));
  await page.goto('/');
  await setDate(page, '2026-12-11');
  for (const scheme of ['light', 'dark'] as const) {
    // No transition: axe reads the colours as they end, not halfway.
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(violations.map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await todaysSession(page);
  for (const scheme of ['light', 'dark'] as const) {
    // No transition: axe reads the colours as they end, not halfway.
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(violations.map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

for (const [width, height] of [
  [1280, 800],
  [390, 844],
] as const) {
  test(`practice's first screen shows the card's question and its Reveal button at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/practice/');
    const card = page.locator('.card[data-current]');
    for (const element of [card.locator('.question'), page.getByRole('button', { name: 'Reveal answer' })]) {
      await expect(element).toBeInViewport({ ratio: 1 });
    }
  });
}

test('the block keeps its height while the days are filled in: no layout shift on the home page', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.clock.setFixedTime(morning(1));
  // A rating given: the days ahead show (before one, the block says they will).
  await page.addInitScript(() => localStorage.setItem('study:progress', JSON.stringify({ version: 2, reviews: [{ q: 'managing-managers', r: 'nailed-it', at: '2026-11-30T20:00:00.000Z', from: 'practice' }] })));
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(await layoutShiftOf(page)).toBe(0);
  // The shift depends on when the script runs; the room kept for the days does not.
  const box = plan(page).locator('.strip-box');
  // Without a date, the week ahead.
  await expect(box.locator('li')).toHaveCount(7);
  const filled = await box.evaluate((el) => el.getBoundingClientRect().height);
  await box.locator('[data-strip]').evaluate((el) => el.replaceChildren());
  expect(await box.evaluate((el) => el.getBoundingClientRect().height)).toBe(filled);
});
