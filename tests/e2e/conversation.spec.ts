import { expect, test, type Page } from '@playwright/test';
import { forbidOffSiteRequests, questionPages } from './helpers/site.ts';
import { seedStories, storyOf } from './helpers/stories-fixture.ts';
import { spoken, stubRecognition, stubVoice } from './helpers/stubs.ts';

// The whole conversation (issue 37): your opening, the questions with an interviewer who cuts in,
// and your questions for them, asked aloud by the stubbed voice and recorded from the fake
// microphone. Your own stories are the questions, so the spec runs on the project's own site
// whatever its entries. The page's clock is held still and moved on by the test.

const question = (page: Page) => page.locator('.room-question');
const progress = (page: Page) => page.locator('.room-progress');
const wait = (page: Page, seconds: number) => page.clock.runFor(seconds * 1000);
const done = (page: Page) => page.locator('[data-room=done]').click();
/** The question said (the stub voice takes 50 ms), then the recording started (the fake microphone needs real time). */
async function recording(page: Page) {
  await wait(page, 0.5);
  await expect(page.locator('.room-state')).toHaveText('Recording');
}

const HEADLINE = 'I cut work in progress to three items: weekly releases within 10 weeks.';
const OPENING_WHO = 'I lead four engineering managers and 40 engineers.';
const YOUR_QUESTION = 'What would you want me to have done in my first 90 days?';

async function open(page: Page) {
  await page.clock.install();
  await seedStories(page, [
    storyOf('mine-conv0001', { followUps: ['Why that team, and why then?'], headline: HEADLINE }),
    storyOf('mine-conv0002', { title: 'Hiring a staff engineer', question: 'Tell me about a hire that changed your team.' }),
    // Your opening: asked first when the set-up asks for it, never among the questions.
    storyOf('mine-open0001', { kind: 'opening', title: 'My opening', question: 'Tell me about yourself.', topics: [], situation: OPENING_WHO, task: 'I came up through platform teams.', action: 'This role is where I want to build.', result: '', keyPoints: [], followUps: [] }),
  ]);
  await page.evaluate((text) => localStorage.setItem('study:your-questions', JSON.stringify({ version: 1, entries: [{ text, at: '2026-11-30T10:00:00.000Z' }] })), YOUR_QUESTION);
  await page.goto('/interview/');
  await page.waitForLoadState('load');
  await page.clock.pauseAt(Date.now() + 60_000);
}

forbidOffSiteRequests(test);

test('opening, two questions with one interruption, your questions to close: asked aloud in order, each recorded, the report naming each; kept and reopened', async ({ page }) => {
  test.setTimeout(90_000);
  await stubVoice(page, { local: true });
  await open(page);
  await page.getByText('Change the set-up').click();
  await page.getByLabel('Your opening: “Tell me about yourself”').check();
  await page.getByLabel('Your questions for them: “What questions do you have for me?”').check();
  await page.getByLabel('The interviewer interrupts once an answer').check();
  await page.getByRole('radio', { name: 'My stories' }).check();
  await page.locator('input[name=thinking]').fill('0');
  await expect(page.locator('[data-summary]')).toContainText('your opening · interruptions · your questions');
  // Remembered as the rest of the set-up is.
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('study:interview') ?? '{}'))).toMatchObject({ opening: true, closing: true, interrupt: true, version: 1 });

  await page.getByRole('button', { name: 'Start the interview' }).click();
  // 1. The opening you wrote, timed like an answer against 60–90 s (short as written, so 1:00, + 25%):
  // answered in 20 s, under 40% of its time, so never cut into.
  await expect(question(page)).toHaveText('Tell me about yourself.');
  await expect(progress(page)).toHaveText('Question 1 of 4');
  await recording(page);
  await expect(page.locator('.room-clock')).toHaveText('1:15 left');
  await wait(page, 20);
  await expect(question(page)).toHaveText('Tell me about yourself.');
  await done(page);
  await expect(progress(page)).toHaveText('Question 1 of 4 · Follow-up');
  await recording(page);
  await wait(page, 2);
  await done(page);

  // 2. A story: past 40% of its time the interviewer cuts in, aloud, with the story's own follow-up
  // first; the recording goes on; "I've replied", then "Please go on", and the answer goes on to its result.
  await expect(progress(page)).toHaveText('Question 2 of 4');
  await recording(page);
  const asked = (await question(page).textContent())!;
  // Its target is 0:20: cut into at 0:08, once the tick sees it.
  await wait(page, 7);
  await expect(question(page)).toHaveText(asked);
  await wait(page, 2);
  await expect(question(page)).toHaveText(/^Let me stop you there\. (Why that team, and why then\?|What would you do differently\?)$/);
  const probe = (await question(page).textContent())!.replace('Let me stop you there. ', '');
  await expect(page.locator('.room-state')).toHaveText('Interrupted: reply, then press I’ve replied');
  await expect(page.locator('[data-room=done]')).toHaveText('I’ve replied');
  expect(await spoken(page)).toContain(`Let me stop you there.`);
  // Replied, and pressed before a pause could end the reply by itself.
  await wait(page, 1);
  await done(page);
  await expect(question(page)).toHaveText(asked);
  await wait(page, 0.5);
  expect((await spoken(page)).at(-1)).toBe('Please go on.');
  await expect(page.locator('.room-state')).toHaveText('Recording');
  for (const _ of [1, 2, 3]) await page.keyboard.press('m');
  await wait(page, 3);
  await done(page);
  await expect(progress(page)).toHaveText('Question 2 of 4 · Follow-up');
  await recording(page);
  await wait(page, 2);
  await done(page);

  // 3. The other story, answered in 3 s: no interruption.
  await expect(progress(page)).toHaveText('Question 3 of 4');
  await recording(page);
  await wait(page, 3);
  await expect(question(page)).not.toHaveText(/Let me stop you there/);
  await done(page);
  await expect(progress(page)).toHaveText('Question 3 of 4 · Follow-up');
  await recording(page);
  await wait(page, 2);
  await done(page);

  // 4. Your questions for them: asked aloud, recorded and timed like an answer, and no follow-up after them.
  await expect(question(page)).toHaveText('What questions do you have for me?');
  await expect(progress(page)).toHaveText('Question 4 of 4');
  expect(await spoken(page)).toContain('What questions do you have for me?');
  await recording(page);
  await wait(page, 15);
  await done(page);

  const report = page.locator('.report');
  await expect(report.getByRole('heading', { name: 'Your interview report' })).toBeVisible();
  const blocks = page.locator('.report-answer');
  await expect(blocks).toHaveCount(4);
  await expect(blocks.nth(0).getByRole('heading', { level: 3 })).toHaveText('1. Your opening');
  // The opening you wrote is its answer.
  await blocks.nth(0).locator('summary').click();
  await expect(blocks.nth(0).locator('.model')).toContainText(`Who you are now${OPENING_WHO}`);
  await expect(blocks.nth(3).getByRole('heading', { level: 3 })).toHaveText('4. Your questions for them');
  await expect(blocks.nth(3).locator('[data-duration]')).toHaveText('0:15');
  await expect(blocks.nth(3)).not.toContainText('Follow-up asked');
  await blocks.nth(3).locator('summary').click();
  await expect(blocks.nth(3).locator('.model')).toContainText(YOUR_QUESTION);
  // Where it happened, what was asked, and the result reached after it (pressed).
  await expect(page.locator('.interrupted')).toHaveCount(1);
  await expect(blocks.nth(1).locator('.interrupted')).toHaveText(new RegExp(`^Interrupted at 0:0\\d: “${probe.replace(/[?]/g, '\\?')}” You still reached your result after it\\.$`));

  // Kept: after a reload the past report names each part again.
  await page.clock.resume();
  await page.reload();
  await page.locator('interview-history .sessions > li').first().getByRole('button', { name: /^Open the report/ }).click();
  await expect(page.locator('.report-answer h3').first()).toHaveText('1. Your opening');
  await expect(page.locator('.report-answer h3').last()).toHaveText('4. Your questions for them');
  await expect(page.locator('.interrupted')).toHaveCount(1);
});

test('the short version in practice: its own panel, asked for by the title, timed against 0:30, its result’s figure looked for within it', async ({ page }) => {
  await stubRecognition(page, { status: 'available', says: 'I coached him to let go, and a year later his team’s output had doubled.' });
  await page.goto(questionPages()[0]!);
  const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  const panel = page.locator('rehearse-panel').filter({ hasText: 'The short version' });
  await expect(panel.locator('summary')).toHaveText(`The short version Give me the short version of “${title}”. 0:30, its result and figure within it`);
  // Until it is opened, the page has one panel's controls.
  await expect(page.locator('rehearse-recorder')).toHaveCount(1);
  await panel.locator('summary').click();
  await panel.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(panel.locator('.live .clock')).toHaveText(/^0:0[2-9] of about 0:30$/);
  await panel.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(panel.locator('.status')).toHaveText(/Saved on this device\.$/);
  await expect(panel.locator('.meta').first()).toContainText(/^0:0[2-9] of about 0:30/);
  // Judged as a short version: under a third of 0:30 is short; the figure heard within the 30 s.
  const heard = panel.locator('.signals li');
  await expect(heard).toHaveCount(2);
  await expect(heard.filter({ hasText: 'figure' })).toHaveText(/^✓Your short version has a figure: “I coached him to let go, and a year later/);
  await expect(heard.filter({ hasText: 'under a third' })).toHaveText('!Short: under a third of its time. Tell each part.');
});

test('the short version in the mock interview: “Give me the short version of …”, 0:30 on the clock, judged against it in the report', async ({ page }) => {
  await stubVoice(page, { local: true });
  await open(page);
  await page.getByText('Change the set-up').click();
  await page.getByRole('radio', { name: 'My stories' }).check();
  await page.getByLabel('Ask for the short version of each answer (0:30)').check();
  await page.getByLabel('A follow-up question after each answer').uncheck();
  await page.locator('input[name=thinking]').fill('0');
  await expect(page.locator('[data-summary]')).toContainText('short versions');
  await page.getByRole('button', { name: 'Start the interview' }).click();
  await expect(question(page)).toHaveText(/^Give me the short version of “(Turning around the payments team|Hiring a staff engineer)”\.$/);
  expect((await spoken(page))[0]).toMatch(/^Give me the short version of/);
  await recording(page);
  // The whole short version is inside the room's last-30-seconds warning.
  await expect(page.locator('.room-clock')).toHaveText('30 s left');
  await wait(page, 35);
  await expect(page.locator('.room-clock')).toHaveText(/^Over time by 0:0[4-6]$/);
  await done(page);
  // The next question once the answer is kept (its save is not on the page's clock).
  await expect(progress(page)).toHaveText('Question 2 of 2');
  await recording(page);
  await wait(page, 12);
  await done(page);
  const blocks = page.locator('.report-answer');
  await expect(blocks).toHaveCount(2);
  await expect(blocks.nth(0).locator('.short-version p')).toHaveText(/^The short version: 0:3[4-6] of 0:30\.$/);
  await expect(blocks.nth(0).locator('.short-version li')).toHaveText(['Over its time: cut the situation, not the action.']);
  await expect(blocks.nth(1).locator('.short-version p')).toHaveText(/^The short version: 0:1[1-3] of 0:30\.$/);
  await expect(blocks.nth(1).locator('.short-version li')).toHaveText(['Within its time.']);
  // The headline written in the story's editor is what its short version is built from: shown with it.
  const payments = blocks.filter({ hasText: 'Turning around the payments team' });
  await payments.locator('summary').click();
  await expect(payments.locator('.model .star-lines div').first()).toHaveText(`Headline${HEADLINE}`);
});

test('the short version of a story of yours: its own panel on the story’s page, against 0:30; an opening has none', async ({ page }) => {
  await seedStories(page, [
    storyOf('mine-conv0001'),
    storyOf('mine-open0001', { kind: 'opening', title: 'My opening', question: 'Tell me about yourself.', topics: [], situation: OPENING_WHO, task: 'I came up through platform teams.', action: 'This role is where I want to build.', result: '' }),
  ]);
  await page.goto('/stories/?id=mine-conv0001');
  const panel = page.locator('rehearse-panel').filter({ hasText: 'The short version' });
  await expect(panel.locator('summary')).toHaveText('The short version Give me the short version of “Turning around the payments team”. 0:30, its result and figure within it');
  await panel.locator('summary').click();
  await panel.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(panel.locator('.live .clock')).toHaveText(/^0:0[1-9] of about 0:30$/);
  await panel.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(panel.locator('.status')).toHaveText(/Saved on this device\.$/);
  await expect(panel.locator('.meta').first()).toContainText(/^0:0[1-9] of about 0:30/);
  await page.goto('/stories/?id=mine-open0001');
  await expect(page.locator('summary', { hasText: 'Rehearse aloud' })).toBeVisible();
  await expect(page.locator('rehearse-panel').filter({ hasText: 'The short version' })).toBeHidden();
});
