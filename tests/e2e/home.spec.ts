import { expect, test as siteTest } from '@playwright/test';
import { test } from './helpers/seed.ts';
import { forbidOffSiteRequests, noAxeViolations } from './helpers/site.ts';
import { seedStories, storyOf } from './helpers/stories-fixture.ts';

// The home page's face (issue 36): the ways to practise as cards, and on them what this device knows.
forbidOffSiteRequests(test);

siteTest('the ways to practise are cards, each a link with an icon, its name and one line of what it does', async ({ page }) => {
  await page.goto('/');
  const cards = page.getByRole('region', { name: 'Ways to practise' }).getByRole('listitem');
  await expect(cards).toHaveCount(4);
  const ways = [
    ['Flashcards', '/practice/'],
    ['Mock interview', '/interview/'],
    ['My stories', '/stories/'],
    ['Unseen questions', '/bank/'],
  ];
  for (const [i, [name, href]] of ways.entries()) {
    const link = cards.nth(i).getByRole('link').first();
    await expect(link).toHaveAttribute('href', href!);
    await expect(link.locator('.name')).toHaveText(name!);
    // One line that says what it does, in the link's name too.
    await expect(link.locator('.does')).toHaveText(/^\S.{15,70}\.$/);
    await expect(link).toHaveAccessibleName(new RegExp(`^${name} .{15,}`));
    // The icon: inline SVG, drawn in the text's colour, hidden from screen readers.
    const icon = link.locator('svg.icon');
    await expect(icon).toHaveAttribute('aria-hidden', 'true');
    await expect(icon).toBeVisible();
    expect(await icon.evaluate((svg) => svg.querySelectorAll('path, circle, rect, line').length)).toBeGreaterThan(0);
    expect(await icon.evaluate((svg) => getComputedStyle(svg).stroke)).toBe(await link.locator('.name').evaluate((name) => getComputedStyle(name).color));
  }
  await noAxeViolations(page, 'home, a first visit');
});

test('your stories on their card, and the gaps among the unseen questions they close', async ({ page }) => {
  await page.goto('/');
  const card = page.locator('[data-home-stories]');
  const gaps = JSON.parse((await card.getAttribute('data-gaps'))!) as string[][];
  expect(gaps.length).toBeGreaterThan(1);
  const count = page.locator('[data-gap-count]');
  await expect(count).toHaveText(`${gaps.length} questions`);
  await expect(card.locator('[data-stories]')).toBeHidden();
  // A story on the first gap's topics closes every gap that shares one.
  const topics = gaps[0]!;
  await seedStories(page, [storyOf('mine-aaaaaaaa', { topics })]);
  await page.goto('/');
  await expect(card.locator('[data-stories]')).toHaveText('1 story of yours: Turning around the payments team.');
  const left = gaps.filter((gap) => !gap.some((topic) => topics.includes(topic))).length;
  expect(left).toBeLessThan(gaps.length);
  await expect(count).toHaveText(`${left} question${left === 1 ? '' : 's'}`);
  await card.getByRole('link', { name: 'Turning around the payments team' }).click();
  await expect(page).toHaveURL(/\/stories\/\?id=mine-aaaaaaaa$/);
});

test('the last mock interview on its card: when, and its headline figures as tiles', async ({ page }) => {
  test.setTimeout(90_000);
  await page.clock.install();
  await page.goto('/interview/');
  await page.waitForLoadState('load');
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.getByText('Change the set-up').click();
  await page.getByRole('radio', { name: '3', exact: true }).check();
  await page.locator('input[name=thinking]').fill('0');
  await page.getByLabel('A follow-up question after each answer').setChecked(false);
  await page.getByRole('button', { name: 'Start the interview' }).click();
  await expect(page.locator('.room[data-phase=answering]')).toBeVisible();
  await page.clock.runFor(20_000);
  await page.getByRole('button', { name: 'End the interview' }).click();
  await expect(page.getByRole('heading', { name: 'Your interview report' })).toBeVisible();
  // A rating from the report: the device has kept something, so the home page looks for what.
  await page.locator('.report-answer').getByRole('button', { name: 'Getting there' }).click();
  await expect(page.locator('.report-answer').getByRole('button', { name: 'Getting there' })).toHaveAttribute('aria-pressed', 'true');
  // Time runs again (axe, below, waits on timers).
  await page.clock.resume();
  await page.goto('/');
  const card = page.locator('[data-last-interview]');
  await expect(card.locator('[data-last]')).toHaveText(/^Your last: .+, 1 answer; its report is on the mock interview’s page\.$/);
  const tiles = card.locator('[data-tiles] > div');
  await expect(tiles.locator('dt')).toHaveText(['answers within time', 'in the room']);
  // Within time or short (under a third of its own time) as the question's own target has it: the report's figure, as the report says it.
  await expect(tiles.locator('dd')).toHaveText([/^[01] of 1$/, '0:20']);
  // The figure above what it counts, on a tile of its own.
  const [figure, label] = await Promise.all([tiles.first().locator('dd').boundingBox(), tiles.first().locator('dt').boundingBox()]);
  expect(figure!.y).toBeLessThan(label!.y);
  await noAxeViolations(page, 'home with the last interview');
});
