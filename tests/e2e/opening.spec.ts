import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { forbidOffSiteRequests } from './helpers/site.ts';

// Your opening (issue 37): "Tell me about yourself" written from nothing as its own kind beside your
// stories, its advice from the one set of rules, then rehearsed, on the cheat sheet, in the progress
// file and downloaded as MDX. It runs on the project's own site: the model opening beside the form is
// checked to be there and labelled an example, never by its words.

const note = (page: Page, field: string) => page.locator(`story-editor [data-note=${field}]`);
const WHO = 'I lead engineering managers and coach them to grow their teams.';
const HOW = Array.from({ length: 9 }, (_, i) => `Step ${i + 1} taught me to hand the how to the people closest to the work.`).join(' ');
const WHY = 'This role asks for a roadmap tied to business outcomes, which is the work I want to do next.';

forbidOffSiteRequests(test);

test('written from nothing with advice as it is typed, then rehearsed, on the cheat sheet, in the progress file and as MDX', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/stories/');
  await page.getByRole('link', { name: 'Write your opening' }).click();
  await expect(page.getByRole('radio', { name: 'Your opening (“Tell me about yourself”)' })).toBeChecked();
  await expect(page.getByLabel('Title')).toHaveValue('My opening');
  await expect(page.getByLabel('Question it answers')).toHaveValue('Tell me about yourself.');
  // Three parts, no result; the example beside them, labelled as one.
  await expect(page.getByLabel('Who you are now')).toBeVisible();
  await expect(page.getByLabel('How you got here')).toBeVisible();
  await expect(page.getByLabel('Why this role')).toBeVisible();
  await expect(page.locator('story-editor [name=result]')).toBeHidden();
  await expect(page.getByRole('complementary', { name: /^An example: / })).toBeVisible();

  // No figure for the scope: said (the result-figure rule, read over the first parts as the scope).
  await page.getByLabel('Who you are now').fill(WHO);
  await expect(note(page, 'situation')).toContainText('Your scope has no figure');
  await expect(note(page, 'situation')).toContainText('say how many people, how much budget, or how many systems');
  await page.getByLabel('Who you are now').fill(WHO.replace('engineering managers', 'four engineering managers and 40 engineers'));
  await expect(note(page, 'situation')).not.toContainText('figure');
  // A part too long for its share of 60–90 s.
  await page.getByLabel('How you got here').fill(HOW);
  await expect(note(page, 'task')).toHaveText(/^This part takes about \d+ s aloud: keep it under 40 s\.$/);
  await page.getByLabel('How you got here').fill(HOW.split('. ').slice(0, 2).join('. '));
  await expect(note(page, 'task')).not.toContainText('keep it under');
  await page.getByLabel('Why this role').fill(WHY);
  await expect(page.locator('story-editor [data-timing]')).toContainText('against the opening’s 60–90 s');
  await expect(page.locator('story-editor [data-saved]')).toHaveText(/^Saved on this device at /);

  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('study:stories')!).stories as { id: string; kind: string; situation: string }[]);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ kind: 'opening', situation: WHO.replace('engineering managers', 'four engineering managers and 40 engineers') });
  const id = stored[0]!.id;

  // As MDX, of its kind, read back by the editor.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as MDX' }).click();
  const mdx = readFileSync(await (await downloading).path(), 'utf8');
  expect(mdx).toContain('kind: opening');
  expect(mdx).toContain(`situation: ${JSON.stringify(WHO.replace('engineering managers', 'four engineering managers and 40 engineers'))}`);

  // Its own page: rehearsed in the Rehearse panel, its parts named as the opening's.
  await page.goto(`/stories/?id=${id}`);
  await expect(page.getByText('Your opening · “Tell me about yourself”')).toBeVisible();
  await page.locator('summary', { hasText: 'Rehearse aloud' }).click();
  await page.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Recording. Part 1 of 4: Who you are now.' })).toBeVisible();
  await page.getByRole('button', { name: 'Next part' }).click();
  await expect(page.locator('rehearse-panel .live')).toContainText('Part 2 of 4: How you got here');
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(page.locator('rehearse-panel .status')).toHaveText(/Saved on this device\.$/);

  // On the cheat sheet, first.
  await page.goto('/cheat-sheet/');
  const first = page.locator('cheat-sheet .item').first();
  await expect(first.locator('.question')).toHaveText('Your opening. Tell me about yourself.');
  await expect(first.locator('.star-lines dt')).toHaveText(['Who you are now', 'How you got here', 'Why this role']);

  // In the progress file, with the stories.
  await page.goto('/practice/');
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = JSON.parse(readFileSync(await (await exported).path(), 'utf8')) as { stories: { stories: { id: string; kind: string }[] } };
  expect(file.stories.stories).toEqual([expect.objectContaining({ id, kind: 'opening' })]);
});
