import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './helpers/seed.ts';
import { printPdf } from '../../src/cli/print-pdf.ts';
import { keptAttempts } from './helpers/rehearse-panel.ts';
import { forbidOffSiteRequests, noAxeViolations, revealAnswer } from './helpers/site.ts';
import { openClocked, setUp } from './helpers/interview.ts';
import { seedStories, storyOf, type StoryData } from './helpers/stories-fixture.ts';

// Your own stories: written in the browser, kept on the device, trained by every feature.
forbidOffSiteRequests(test);

const saved = (page: Page) => page.locator('story-editor [data-saved]');
const note = (page: Page, field: string) => page.locator(`story-editor [data-note="${field}"]`);

/** Writes a complete story through the editor's labels, as a person fills the form. */
async function writeStory(page: Page, title = 'Turning around the payments team') {
  await page.goto('/stories/');
  await page.getByRole('link', { name: 'New story' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Question it answers').fill('Tell me about a time you turned a struggling team around.');
  await page.getByRole('checkbox', { name: 'People management' }).check();
  await page.getByLabel('Situation').fill('The payments team of eight had missed three releases in a row.');
  await page.getByLabel('Task').fill('Get them shipping every week within one quarter.');
  await page.getByLabel('Action').fill('I cut work in progress to three items and paired with the lead each morning.');
  await page.getByLabel('Result').fill('Weekly releases within 10 weeks, and incidents fell by half.');
  await page.getByLabel('Key points').fill('Three items in progress\nWeekly releases in 10 weeks');
  await expect(saved(page)).toHaveText(/^Saved on this device at /);
}

test('write a story from nothing by its labels: advice comes and goes as you type, it saves itself, and it is there when you come back', async ({ page }) => {
  await page.goto('/stories/');
  await expect(page.getByText('None yet on this device.')).toBeVisible();
  await page.getByRole('link', { name: 'New story' }).click();
  await expect(page).toHaveURL(/\/stories\/\?new$/);
  await page.getByLabel('Title').fill('x'.repeat(75));
  await expect(note(page, 'title')).toHaveText('The title must be at most 70 characters.');
  await page.getByLabel('Title').fill('Turning around the payments team');
  await expect(note(page, 'title')).toHaveText(/^A short heading/);
  await page.getByLabel('Result').fill('Everyone was happier.');
  await expect(note(page, 'result')).toContainText('Your result has no figure (“Everyone was happier”)');
  await page.getByLabel('Result').fill('Weekly releases within 10 weeks.');
  await expect(note(page, 'result')).not.toContainText('no figure');
  await page.getByLabel('Action').fill('We met. We planned, and we shipped our plan together.');
  await expect(note(page, 'action')).toContainText('Your action is told with “we”: “We met”. Say what you did, with “I”.');
  await expect(saved(page)).toHaveText(/^Saved on this device at /);
  await expect(page).toHaveURL(/\/stories\/\?edit=mine-[a-z0-9]{8}$/);
  // The speaking time of each part against the round's target.
  await expect(page.locator('story-editor [data-timing]')).toContainText('against the round’s target of at most 3 minutes');

  // Leave and come back: the story is in the list, and opens again as written.
  await page.goto('/stories/');
  const item = page.getByRole('listitem').filter({ hasText: 'Turning around the payments team' });
  await expect(item).toBeVisible();
  await item.getByRole('link', { name: /^Edit/ }).click();
  await expect(page.getByLabel('Action')).toHaveValue('We met. We planned, and we shipped our plan together.');
});

test('a story of yours has its own page, and practice has a card for it, answer and all', async ({ page }) => {
  await writeStory(page);
  await page.getByRole('link', { name: 'View your story' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Turning around the payments team' })).toBeVisible();
  await expect(page.getByText('The payments team of eight had missed three releases in a row.')).toBeVisible();
  await expect(page.locator('story-page [data-points] li')).toHaveText(['Three items in progress', 'Weekly releases in 10 weeks']);

  await page.goto('/practice/');
  const deck = page.locator('practice-session');
  while (!(await page.getByText(/^Question \d+ of 6: Turning around the payments team$/).isVisible())) await deck.getByRole('button', { name: 'Next' }).click();
  await revealAnswer(page);
  const card = page.locator('.card[data-current]');
  await expect(card.getByRole('heading', { name: 'Your answer' })).toBeVisible();
  await expect(card.getByText('Weekly releases within 10 weeks, and incidents fell by half.')).toBeVisible();
  await page.getByRole('button', { name: 'Nailed it' }).click();
  await expect(page.locator('practice-session [data-plan-status]')).toHaveText(/^Rating saved on this device\./);
});

// ---- Stories put on the device directly, for what each feature does with them. ----

const PAYMENTS = storyOf('mine-payments');
/** Yours in the place of the model answer "Managing Managers". */
const COACHING = storyOf('mine-coaching', {
  title: 'Coaching Dana into management',
  question: 'Tell me about a time you coached a new manager who was struggling.',
  replaces: 'managing-managers',
  topics: ['people-management', 'coaching'],
  situation: 'Dana, my best engineer, became a manager and her team’s morale dropped within a month.',
  action: 'I met her weekly and I had her run the planning while I sat beside her.',
  result: 'Her team’s engagement score rose from 55% to 80% in two quarters.',
  keyPoints: ['Weekly one-to-ones', 'Engagement 55% to 80%'],
  updated: '2026-11-30T11:00:00.000Z',
});
/** Covers the bank's gap "Tell me about your biggest failure". */
const FAILURE = storyOf('mine-failure1', {
  title: 'The migration I called too early',
  question: 'Tell me about your biggest failure as a leader.',
  topics: ['failure'],
  situation: 'I pushed a database migration a quarter early to hit a roadmap date.',
  action: 'I rolled it back, I wrote the review myself and I changed how we gate migrations.',
  result: 'Two days of degraded checkout; no migration has failed in the 18 months since.',
  updated: '2026-11-30T09:00:00.000Z',
});

const seed = seedStories;

const keptStories = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('study:stories') ?? 'null') as { stories: StoryData[]; deleted: Record<string, string> } | null);

test('practice: your story takes the place of the model answer it replaces, with the model one tap away; a choice of mine, both, or the models', async ({ page }) => {
  await seed(page, [COACHING, PAYMENTS]);
  await page.goto('/practice/');
  const position = page.locator('[data-position]');
  await expect(position).toHaveText(/^Question 1 of 6: /);
  const titles: string[] = [];
  for (let i = 0; i < 6; i++) {
    titles.push((await position.textContent())!.replace(/^Question \d+ of 6: /, ''));
    if (i < 5) await page.locator('practice-session').getByRole('button', { name: 'Next' }).click();
  }
  expect(titles).toContain('Coaching Dana into management');
  expect(titles).toContain('Turning around the payments team');
  expect(titles).not.toContain('Managing Managers');
  // Yours, revealed: your lines, and the model answer it replaces a tap away.
  while (!(await position.textContent())!.endsWith('Coaching Dana into management')) await page.locator('practice-session').getByRole('button', { name: 'Next' }).click();
  await revealAnswer(page);
  const card = page.locator('.card[data-current]');
  await expect(card.getByText('Her team’s engagement score rose from 55% to 80% in two quarters.')).toBeVisible();
  await expect(card.getByRole('link', { name: 'Model answer' })).toHaveAttribute('href', '/questions/managing-managers/');

  await page.locator('practice-session details > summary').first().click();
  await page.getByRole('radio', { name: 'Only my stories' }).check();
  await expect(position).toHaveText(/^Question 1 of 2: /);
  await page.getByRole('radio', { name: 'Only the model answers' }).check();
  await expect(position).toHaveText(/^Question 1 of 5: /);
  await page.getByRole('radio', { name: 'My stories and the rest' }).check();
  await expect(position).toHaveText(/^Question 1 of 6: /);
});

test('today’s plan: your stories are cards like any other, in the place of the model answers they replace', async ({ page }) => {
  test.setTimeout(60_000);
  await seed(page, [COACHING, PAYMENTS]);
  await page.goto('/');
  const plan = page.locator('study-plan');
  await expect(plan.locator('[data-due]')).toHaveText('6 questions due today');
  await plan.getByRole('link', { name: 'Start today’s session' }).click();
  const position = page.locator('[data-position]');
  await expect(position).toHaveText(/^Today’s session: question 1 of 6: /);
  const titles: string[] = [];
  for (let i = 0; i < 6; i++) {
    await expect(position).toHaveText(new RegExp(`^Today’s session: question ${i + 1} of 6: `));
    titles.push((await position.textContent())!.replace(/^[^:]+: [^:]+: /, ''));
    await revealAnswer(page);
    // Rated, the card moves on by itself.
    await page.getByRole('button', { name: 'Getting there' }).click();
  }
  expect(titles).toEqual(expect.arrayContaining(['Coaching Dana into management', 'Turning around the payments team']));
  expect(titles).not.toContain('Managing Managers');
  await expect(page.getByText(/^Done for today\./)).toBeVisible();
  const { reviews } = await page.evaluate(() => JSON.parse(localStorage.getItem('study:progress')!) as { reviews: { q: string }[] });
  expect(reviews.map(({ q }) => q)).toEqual(expect.arrayContaining(['mine-coaching', 'mine-payments']));
});

test('a mock interview of your stories: your question asked with nothing of your answer on the screen, your answer in the report, the attempt kept against your story', async ({ page }) => {
  test.setTimeout(60_000);
  await seed(page, [PAYMENTS]);
  await openClocked(page, '/interview/');
  await setUp(page, { thinking: 0, followUps: false, record: false });
  await page.getByRole('radio', { name: 'My stories' }).check();
  await expect(page.locator('[data-summary]')).toHaveText(/^Your stories: 1 question/);
  await page.getByRole('button', { name: 'Start the interview' }).click();
  await expect(page.locator('.room-question')).toHaveText(PAYMENTS.question as string);
  await expect(page.locator('.room[data-phase=answering]')).toBeVisible();
  await page.clock.runFor(10_000);
  // Asked as the interviewer would: none of your lines anywhere on the screen.
  const screen = await page.locator('body').innerText();
  for (const part of ['situation', 'task', 'action', 'result'] as const) expect(screen).not.toContain(PAYMENTS[part]);
  expect(screen).not.toContain('Three items in progress');
  await page.getByRole('button', { name: 'I’m done' }).click();
  await page.clock.runFor(500);
  await expect(page.getByRole('heading', { name: 'Your interview report' })).toBeVisible();
  const answer = page.locator('.report-answer');
  await expect(answer.getByRole('heading', { level: 3 })).toContainText('Turning around the payments team');
  await answer.getByText('Your answer').click();
  await expect(answer.getByText(PAYMENTS.result as string)).toBeVisible();
  const kept = (await keptAttempts(page)).map(({ question }) => question);
  expect(kept).toEqual(['mine-payments']);
});

test('unseen questions: a gap closes when a story of yours covers it, and the drill ranks yours among the model answers', async ({ page }) => {
  await page.goto('/bank/');
  await expect(page.locator('[data-gap="biggest-failure"]')).toBeVisible();
  await seed(page, [FAILURE]);
  await page.goto('/bank/');
  await expect(page.locator('[data-gap="biggest-failure"]')).toHaveCount(0);
  const entry = page.locator('[data-bank="biggest-failure"]');
  await expect(entry).toContainText('Your stories that fit: The migration I called too early (Failure & learning)');
  await expect(entry.getByRole('link', { name: 'The migration I called too early' })).toHaveAttribute('href', '/stories/?id=mine-failure1');

  await page.goto('/practice/which-story/');
  const buttons = page.locator('which-story [data-story]');
  await expect(buttons.filter({ hasText: 'The migration I called too early' })).toHaveCount(1);
});

test('search: your stories are found by their words, first, labelled “Your story”', async ({ page }) => {
  await seed(page, [PAYMENTS, FAILURE]);
  await page.goto('/search/?q=releases');
  const results = page.locator('search-page [data-results] > li');
  await expect(results.first()).toContainText('Turning around the payments team');
  await expect(results.first()).toContainText(`Your story: ${PAYMENTS.question}`);
  await expect(results.first().getByRole('link', { name: 'Turning around the payments team' })).toHaveAttribute('href', '/stories/?id=mine-payments');
  // A word of the model answers only: no story of yours.
  await page.goto('/search/?q=matrixed');
  await expect(results.first()).not.toContainText('Your story');
});

test('the cheat sheet: your stories on it, yours printed in the place of the model answer, two pages at most, “On my sheet” as before', async ({ page }) => {
  await seed(page, [COACHING, PAYMENTS]);
  await page.goto('/cheat-sheet/');
  const mine = page.getByRole('article', { name: /Turning around the payments team/ });
  await expect(mine).toContainText('Weekly releases within 10 weeks, and incidents fell by half.');
  await expect(page.getByRole('article', { name: /Coaching Dana into management/ })).toBeVisible();
  await expect(page.getByRole('article', { name: /^\d+\. Managing Managers/ })).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  const printed = await page.locator('body').innerText();
  expect(printed).toContain('Her team’s engagement score rose from 55% to 80% in two quarters.');
  const { pages } = await printPdf(page, 'A4');
  expect(pages).toBeLessThanOrEqual(2);
  await page.emulateMedia({ media: 'screen' });
  await mine.getByRole('checkbox', { name: 'On my sheet' }).uncheck();
  await page.reload();
  await expect(page.getByRole('article', { name: /Turning around the payments team/ }).getByRole('checkbox')).not.toBeChecked();
});

test('the progress file and the “Send to another device” link carry your stories to another browser', async ({ page, browser }) => {
  test.setTimeout(60_000);
  await seed(page, [PAYMENTS]);
  await page.goto('/practice/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = readFileSync(await (await download).path(), 'utf8');
  expect(JSON.parse(file).stories.stories[0]).toMatchObject({ id: 'mine-payments', title: PAYMENTS.title });

  await page.getByRole('button', { name: 'Send to another device' }).click();
  await expect(page.getByText(/The link below carries .*1 story of yours/)).toBeVisible();
  const link = await page.getByLabel(/^Link \(/).inputValue();

  const other = await browser.newContext();
  const phone = await other.newPage();
  await phone.goto(link);
  await expect(phone.locator('progress-import [data-stories]')).toHaveText(/^1 story of yours/);
  await phone.getByRole('button', { name: 'Import' }).click();
  await expect(phone.locator('progress-import [data-message]')).toContainText('Imported');
  await phone.goto('/stories/');
  await expect(phone.locator('story-list [data-story="mine-payments"]')).toContainText(PAYMENTS.title);

  // The file, into a third browser.
  const third = await browser.newContext();
  const laptop = await third.newPage();
  await laptop.goto('/practice/');
  await laptop.getByLabel('Import progress').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(laptop.getByText(/^Imported/)).toBeVisible();
  await laptop.goto('/stories/?id=mine-payments');
  await expect(laptop.getByRole('heading', { level: 1, name: PAYMENTS.title })).toBeVisible();
  await other.close();
  await third.close();
});

test('“Make this answer mine” opens the editor with the question, its kind and topics, the model’s lines beside the fields as a guide, never in them', async ({ page }) => {
  await page.goto('/questions/roadmap-and-budget/');
  await page.getByRole('link', { name: 'Make this answer mine' }).click();
  await expect(page).toHaveURL(/\/stories\/\?from=roadmap-and-budget$/);
  await expect(page.getByLabel('Question it answers')).toHaveValue('How would you approach developing a technology roadmap and budget for an organization of 50-70 engineers?');
  await expect(page.getByRole('radio', { name: 'An approach in steps' })).toBeChecked();
  await expect(page.locator('story-editor [data-label=situation]')).toHaveText('Context');
  await expect(page.getByRole('checkbox', { name: 'Strategy' })).toBeChecked();
  await expect(page.locator('[data-guide=situation]')).toBeVisible();
  await expect(page.locator('[data-guide=situation]')).toContainText('The model answer: ');
  await expect(page.locator('[data-guide=keyPoints] li')).not.toHaveCount(0);
  for (const part of ['situation', 'task', 'action', 'result', 'keyPoints']) await expect(page.locator(`[name=${part}]`)).toHaveValue('');
  await expect(page.getByLabel('Pick a question')).toHaveValue('site:roadmap-and-budget');
});

test('“Write a story for it” on a gap opens the editor with the bank’s question and its topics', async ({ page }) => {
  await page.goto('/bank/');
  await page.locator('[data-gap="biggest-failure"]').getByRole('link', { name: 'Write a story for it' }).click();
  await expect(page).toHaveURL(/\/stories\/\?bank=biggest-failure$/);
  await expect(page.getByLabel('Question it answers')).toHaveValue('Tell me about your biggest failure as a leader. What did you learn from it?');
  await expect(page.getByRole('checkbox', { name: 'Failure & learning' })).toBeChecked();
  await expect(page.getByLabel('Pick a question')).toHaveValue('bank:biggest-failure');
  // Written: the gap is closed.
  await page.getByLabel('Title').fill('The migration I called too early');
  await expect(saved(page)).toHaveText(/^Saved on this device at /);
  await page.goto('/bank/');
  await expect(page.locator('[data-gap="biggest-failure"]')).toHaveCount(0);
});

test('the editor’s buttons wait for its code: disabled until it is wired, then a press is heard', async ({ page }) => {
  await seed(page, [PAYMENTS]);
  // The editor's code held back, as a slow connection would.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/story-editor-[\w-]{8}\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/stories/?edit=mine-payments');
  const mdx = page.getByRole('button', { name: 'Download as MDX' });
  await expect(mdx).toBeVisible();
  for (const control of [mdx, page.getByRole('button', { name: 'Save now' }), page.getByRole('button', { name: 'Delete' }), page.getByLabel('Open an MDX file')]) await expect(control).toBeDisabled();
  // The kept story's fields take no typing until it is in them: a key pressed now is not put over its title.
  await expect(page.locator('story-editor form')).toHaveAttribute('inert');
  await page.getByLabel('Title').click({ force: true });
  await page.keyboard.type('Typed too soon');
  release();
  await expect(mdx).toBeEnabled();
  await expect(page.locator('story-editor form')).not.toHaveAttribute('inert');
  await expect(page.getByLabel('Title')).toHaveValue(PAYMENTS.title as string);
  const downloading = page.waitForEvent('download');
  await mdx.click();
  expect((await downloading).suggestedFilename()).toBe('turning-around-the-payments-team.mdx');
  await expect(page.getByLabel('Open an MDX file')).toBeEnabled();
});

test('storage refused: the story stays on the page for this visit, which says it is not kept and offers the MDX download', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'study:stories') throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await page.goto('/stories/?new');
  await page.getByLabel('Title').fill('A story this device will not keep');
  await expect(page.locator('story-editor [data-problem]')).toHaveText(/would not keep your story .* Download it as MDX to keep it\./);
  await expect(page.getByLabel('Title')).toHaveValue('A story this device will not keep');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as MDX' }).click();
  expect(readFileSync(await (await download).path(), 'utf8')).toContain('title: "A story this device will not keep"');
});

test('a save that does not land (a storage that drops writes without a word) is reported, not called saved', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key !== 'study:stories') setItem.call(this, key, value);
    };
  });
  await page.goto('/stories/?new');
  await page.getByLabel('Title').fill('Dropped');
  await expect(page.locator('story-editor [data-problem]')).toHaveText(/would not keep your story/);
  await expect(saved(page)).toHaveText('');
});

test('two tabs on one story: the later save does not erase the other’s words; it says so and offers both', async ({ context }) => {
  const first = await context.newPage();
  await seed(first, [PAYMENTS]);
  const second = await context.newPage();
  // The clock (one for the context) held, so both tabs have unsaved words at once; the second saves as it closes.
  await context.clock.install();
  await first.goto('/stories/?edit=mine-payments');
  await second.goto('/stories/?edit=mine-payments');
  // Each editor's code has run (its buttons are enabled then): what is typed next is its to save.
  for (const tab of [first, second]) await expect(tab.getByRole('button', { name: 'Download as MDX' })).toBeEnabled();
  await context.clock.pauseAt(Date.now() + 60_000);
  await first.getByLabel('Title').fill('Payments: the first tab’s title');
  await second.getByLabel('Title').fill('Payments: the second tab’s title');
  // A close that runs the page's beforeunload does not wait for the page to go: the clock, which
  // runs in every page of the context, must not be moved while that one is still closing.
  const closed = second.waitForEvent('close');
  await second.close({ runBeforeUnload: true });
  await closed;
  await expect.poll(async () => (await keptStories(first))!.stories[0]!.title).toBe('Payments: the second tab’s title');
  await context.clock.runFor(1000);
  const problem = first.locator('story-editor [data-problem]');
  await expect(problem).toContainText('Another tab saved this story');
  await expect(problem).toContainText('There: “Payments: the second tab’s title”. Here: “Payments: the first tab’s title”.');
  await first.getByRole('button', { name: 'Keep both' }).click();
  await expect(saved(first)).toHaveText(/^Saved on this device at /);
  const titles = (await keptStories(first))!.stories.map(({ title }) => title).sort();
  expect(titles).toEqual(['Payments: the first tab’s title (copy)', 'Payments: the second tab’s title']);
});

test('a corrupt record is skipped and said once; the others are all there', async ({ page }) => {
  await seed(page, [PAYMENTS, { id: 'not a story', title: 42 }]);
  await page.goto('/stories/');
  await expect(page.locator('story-list [data-story]')).toHaveCount(1);
  await expect(page.locator('story-list [data-status]')).toHaveText('One story kept on this device could not be read and was left out. The others are all here.');
  // Unreadable through and through: kept aside, said, and new stories start afresh.
  await page.evaluate(() => localStorage.setItem('study:stories', '{"version": 1, "stories": [tru'));
  await page.reload();
  await expect(page.locator('story-list [data-status]')).toHaveText(/could not be read; what was stored is kept aside/);
  expect(await page.evaluate(() => localStorage.getItem('study:stories:unreadable'))).toBe('{"version": 1, "stories": [tru');
});

test('delete, then undo within ten seconds; deleted for good after', async ({ page }) => {
  await seed(page, [PAYMENTS, FAILURE]);
  await page.clock.install();
  await page.goto('/stories/');
  const item = page.locator('story-list [data-story="mine-payments"]');
  await item.getByRole('button', { name: 'Delete Turning around the payments team' }).click();
  await expect(item).toHaveCount(0);
  const status = page.locator('story-list [data-status]');
  await expect(status).toContainText('Deleted “Turning around the payments team”.');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(status).toHaveText('“Turning around the payments team” is back.');
  await expect(item).toBeVisible();
  await item.getByRole('button', { name: /^Delete/ }).click();
  await page.clock.runFor(10_500);
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await page.reload();
  await expect(page.locator('story-list [data-story]')).toHaveCount(1);
  expect(Object.keys((await keptStories(page))!.deleted)).toEqual(['mine-payments']);
});

test('text is shown as text, never as HTML', async ({ page }) => {
  const hostile = '<img src=x onerror="document.title=\'pwned\'"> & <b>bold</b>';
  await seed(page, [storyOf('mine-hostile1', { title: hostile, answer: `I said ${hostile}` })]);
  for (const path of ['/stories/', '/stories/?id=mine-hostile1', '/practice/', '/cheat-sheet/']) {
    await page.goto(path);
    await expect(page.getByText(hostile).first()).toBeAttached();
    expect(await page.locator('main img[src=x], main b').count(), path).toBe(0);
  }
  expect(await page.title()).not.toBe('pwned');
});

test('the list, the editor with advice showing, and the story page: no axe violations, light and dark, nothing sideways at 320 px', async ({ page }) => {
  test.setTimeout(90_000);
  await seed(page, [PAYMENTS, COACHING]);
  await page.goto('/stories/');
  await expect(page.locator('story-list [data-story]')).toHaveCount(2);
  await noAxeViolations(page, 'the list');
  await page.goto('/stories/?edit=mine-payments');
  // The editor's code has arrived (it names the story it edits) and filled the form: typed into
  // before then, a field could get the stored words and the typed ones together.
  await expect(page.locator('story-editor [data-heading]')).toHaveText('Edit your story');
  await page.getByLabel('Result').fill('Everyone was happier.');
  await page.getByLabel('Title').fill('x'.repeat(80));
  await expect(note(page, 'result')).toContainText('no figure');
  await expect(note(page, 'title')).toHaveAttribute('data-level', 'rule');
  await noAxeViolations(page, 'the editor with advice');
  await page.goto('/stories/?id=mine-coaching');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Coaching Dana into management');
  await noAxeViolations(page, 'the story page');
});

for (const [width, height] of [
  [390, 844],
  [1280, 800],
] as const) {
  test(`at ${width}×${height} the editor’s fields and advice fit: nothing scrolls sideways, each note under its field`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/stories/?new');
    // The first screen: the heading and the first field.
    await expect(page.getByLabel('Title')).toBeInViewport();
    await page.getByLabel('Title').fill('A very long title that goes on well past the limit of seventy characters, and on');
    await page.getByLabel('Action').fill('We met. We planned, and we shipped our plan together, as we always did.');
    await expect(note(page, 'action')).toContainText('“we”');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    for (const field of ['title', 'action']) {
      const input = await page.locator(`[name=${field}]`).boundingBox();
      const advice = await note(page, field).boundingBox();
      expect(advice!.y).toBeGreaterThanOrEqual(input!.y + input!.height - 1);
      expect(advice!.x + advice!.width).toBeLessThanOrEqual(width);
    }
  });
}
