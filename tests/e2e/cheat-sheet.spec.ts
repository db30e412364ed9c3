import type { Page } from '@playwright/test';
import { expect, seedQuestions, test } from './helpers/seed.ts';
import { printPdf } from '../../src/cli/print-pdf.ts';

/** The figures a candidate must not forget, as the sheet prints them. */
const FIGURES = ['30-day plan', '50%', '40%', 'TCO model', 'three days', 'paved road', '60%', '30%', '10%', '12-18 month', '50-70 engineers'];

const printedText = async (page: Page) => {
  await page.emulateMedia({ media: 'print' });
  return page.locator('body').innerText();
};

for (const format of ['A4', 'Letter'] as const) {
  test(`the cheat sheet prints on at most two ${format} pages`, async ({ page }) => {
    await page.goto('/cheat-sheet/');
    const { pages } = await printPdf(page, format);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });
}

test('in print: every title, question, STAR line and figure; no header, footer or controls', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/cheat-sheet/');
  const text = await printedText(page);
  for (const { title, question } of seedQuestions()) {
    expect(text).toContain(title);
    expect(text.replace(/\s+/g, ' ')).toContain(question);
  }
  for (const figure of FIGURES) expect(text, figure).toContain(figure);
  for (const label of ['Situation', 'Task', 'Action', 'Result', 'Context', 'Aim', 'Steps', 'Outcome']) expect(text).toContain(label);
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  const boxes = page.getByRole('checkbox', { includeHidden: true });
  await expect(boxes).toHaveCount(5);
  for (const control of await boxes.all()) await expect(control).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print the sheet' })).toBeHidden();
  await expect(page.getByRole('searchbox')).toBeHidden();
  const paper = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(paper).toBe('rgb(255, 255, 255)');
  const item = page.getByRole('article').first();
  expect(await item.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
});

test('only the chosen questions print, the choice is remembered, and untouched means all', async ({ page }) => {
  await page.goto('/cheat-sheet/');
  await page.getByRole('article', { name: /Team Building and Culture/ }).getByRole('checkbox', { name: 'On my sheet' }).uncheck();
  await page.getByRole('article', { name: /Managing Managers/ }).getByRole('checkbox', { name: 'On my sheet' }).uncheck();
  await page.reload();
  await expect(page.getByRole('article', { name: /Managing Managers/ }).getByRole('checkbox')).not.toBeChecked();
  const text = await printedText(page);
  expect(text).not.toContain('Managing Managers');
  expect(text).not.toContain('Team Building and Culture');
  expect(text).toContain('Upward Management & Influence');
  const { pages } = await printPdf(page, 'A4');
  expect(pages).toBe(1);
});

test('with JavaScript off the whole sheet prints, and a broken choice in storage is ignored', async ({ browser, baseURL }) => {
  const noJs = await browser.newContext({ baseURL: baseURL!, javaScriptEnabled: false });
  const page = await noJs.newPage();
  await page.goto('/cheat-sheet/');
  const text = await printedText(page);
  for (const { title } of seedQuestions()) expect(text).toContain(title);
  await noJs.close();

  const context = await browser.newContext({ baseURL: baseURL! });
  const broken = await context.newPage();
  await broken.addInitScript(() => localStorage.setItem('study:cheat-sheet', '{not json'));
  await broken.goto('/cheat-sheet/');
  await expect(broken.getByRole('checkbox', { name: 'On my sheet' })).toHaveCount(5);
  for (const box of await broken.getByRole('checkbox', { name: 'On my sheet' }).all()) await expect(box).toBeChecked();
  await context.close();
});

test('pages print without their controls: home, topics, search, practice', async ({ page }) => {
  for (const path of ['/', '/topics/', '/search/?q=paved+road', '/practice/']) {
    await page.emulateMedia({ media: 'screen' });
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner'), path).toBeHidden();
    // Hidden controls drop out of the accessibility tree: none may be left to find.
    await expect(page.getByRole('main').getByRole('button'), path).toHaveCount(0);
    await expect(page.getByRole('main').getByRole('checkbox'), path).toHaveCount(0);
    await expect(page.getByRole('main').getByRole('searchbox'), path).toHaveCount(0);
    if (path !== '/' && path !== '/topics/') {
      // These pages do have controls on screen: print hid them.
      expect(await page.getByRole('main').getByRole('button', { includeHidden: true }).count(), path).toBeGreaterThan(0);
    }
  }
});

test('/anki.txt is a text import file with one row per question', async ({ request }) => {
  const response = await request.get('/anki.txt');
  expect(response.ok()).toBe(true);
  const lines = (await response.text()).split('\n').slice(0, -1);
  const header = lines.filter((line) => line.startsWith('#'));
  expect(header).toContain('#notetype:Basic');
  expect(header).toContain('#guid column:1');
  const rows = lines.filter((line) => !line.startsWith('#')).map((line) => line.split('\t'));
  const seed = seedQuestions();
  expect(rows).toHaveLength(seed.length);
  expect(new Set(rows.map((row) => row[0])).size).toBe(seed.length);
  expect(header).toContain('#deck column:2');
  for (const [index, row] of rows.entries()) {
    expect(row).toHaveLength(5);
    expect(row[0]).toMatch(/^soft-skills-leadership\/[a-z-]+$/);
    expect(row[1]).toBe('Soft Skills & Leadership');
    expect(row[2]).toBe(seed[index]!.question);
    expect(row[3]).toMatch(/^<p><b>(Situation|Context):<\/b>/);
    expect(row[4]).toMatch(/^[a-z-]+( [a-z-]+)*$/);
  }
  expect(rows[1]![3]).toContain('projected 40% reduction in infrastructure costs');
});
