import { readFileSync } from 'node:fs';
import { printPdf } from '../../src/cli/print-pdf.ts';
import { expect, test } from './helpers/seed.ts';
import { forbidOffSiteRequests } from './helpers/site.ts';

// Your questions for the interviewer (issue 37): picked from the starter set or written, kept on
// the device and merged across tabs, on the cheat sheet and in the progress file. The starter set's
// words are whatever content/your-questions/ holds: the spec reads them from the page.

const OWN = 'What would make this role a failure in your eyes?';
const list = (page: import('@playwright/test').Page) => page.locator('your-questions [data-list] li span');

forbidOffSiteRequests(test);

test('picked from the grouped starter set and written, kept, merged with another tab’s change, taken off', async ({ page, context }) => {
  await page.goto('/your-questions/');
  // Grouped: the role's first 90 days, the team, strategy and constraints, how success is judged.
  await expect(page.locator('your-questions fieldset legend')).toHaveText(['The role\'s first 90 days', 'The team', 'Strategy and constraints', 'How success is judged']);
  await expect(page.getByText('None yet: tick some below, or write your own.')).toBeVisible();
  const first = page.locator('your-questions fieldset').first().getByRole('checkbox').first();
  const picked = (await first.getAttribute('value'))!;
  await first.check();
  await page.getByLabel('Write your own').fill(OWN);
  await page.getByRole('button', { name: 'Add' }).click();
  await expect(list(page)).toHaveText([picked, OWN]);
  await expect(page.getByLabel('Write your own')).toHaveValue('');

  // Another tab ticks one from another group: both tabs end with all three.
  const other = await context.newPage();
  await other.goto('/your-questions/');
  await expect(list(other)).toHaveText([picked, OWN]);
  const third = other.locator('your-questions fieldset').last().getByRole('checkbox').first();
  const thirdText = (await third.getAttribute('value'))!;
  await third.check();
  await expect(list(page)).toHaveText([picked, OWN, thirdText]);
  await expect(page.locator('your-questions fieldset').last().getByRole('checkbox').first()).toBeChecked();

  // Kept on this device, and taken off again.
  await page.reload();
  await expect(list(page)).toHaveText([picked, OWN, thirdText]);
  await page.getByRole('button', { name: `Take off: ${OWN}` }).click();
  await expect(list(page)).toHaveText([picked, thirdText]);
  await expect(list(other)).toHaveText([picked, thirdText]);
});

test('ticks made while the code that keeps them is still coming are kept in the order they were made, a tick taken back included', async ({ page }) => {
  // The value every tab shares loads with the first change: held back, as a slow connection would.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/shared-value-[\w-]{8}\.js$/, async (route) => (await held, route.continue()));
  await page.goto('/your-questions/');
  const boxes = page.locator('your-questions fieldset').getByRole('checkbox');
  const second = (await boxes.nth(1).getAttribute('value'))!;
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await boxes.nth(0).uncheck();
  release();
  await expect(list(page)).toHaveText([second]);
  await expect(boxes.nth(0)).not.toBeChecked();
  // Kept so: another visit shows the same.
  await page.reload();
  await expect(list(page)).toHaveText([second]);
});

test('on the cheat sheet, eight of them, still on two pages at most; and in the progress file, merged on import', async ({ page, browser, baseURL }) => {
  await page.goto('/your-questions/');
  const boxes = page.locator('your-questions fieldset').getByRole('checkbox');
  const texts: string[] = [];
  for (const index of [0, 1, 4, 5, 8, 9, 12, 13]) {
    texts.push((await boxes.nth(index).getAttribute('value'))!);
    await boxes.nth(index).check();
  }
  await expect(list(page)).toHaveCount(8);
  // Eight at most: a ninth is refused, and said.
  await boxes.nth(2).click();
  await expect(page.locator('your-questions [data-status]')).toHaveText('You keep 8 at most: take one off first.');
  await expect(list(page)).toHaveCount(8);
  await expect(boxes.nth(2)).not.toBeChecked();

  await page.goto('/cheat-sheet/');
  const closing = page.getByRole('region', { name: 'Your questions for them' });
  await expect(closing.getByRole('listitem')).toHaveText(texts);
  await page.emulateMedia({ media: 'print' });
  await expect(closing).toBeVisible();
  for (const format of ['A4', 'Letter'] as const) expect((await printPdf(page, format)).pages, format).toBeLessThanOrEqual(2);
  await page.emulateMedia({ media: 'screen' });

  await page.goto('/practice/');
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = await (await exported).path();
  const data = JSON.parse(readFileSync(file, 'utf8')) as { yourQuestions: { entries: { text: string }[] } };
  expect(data.yourQuestions.entries.map((entry) => entry.text)).toEqual(texts);

  // Another device with a question of its own takes the file: both sides' questions, each once.
  const laptop = await (await browser.newContext({ baseURL: baseURL! })).newPage();
  await laptop.goto('/your-questions/');
  await laptop.getByLabel('Write your own').fill(OWN);
  await laptop.getByRole('button', { name: 'Add' }).click();
  await expect(list(laptop)).toHaveText([OWN]);
  await laptop.goto('/practice/');
  await laptop.getByLabel('Import progress').setInputFiles(file);
  await expect(laptop.getByText(/^Imported/)).toBeVisible();
  await laptop.goto('/your-questions/');
  // In the order they were added, whichever device added them: the file's first, this one's later.
  await expect(list(laptop)).toHaveText([...texts, OWN]);
});
