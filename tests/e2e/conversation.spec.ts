import { expect, test, type Page } from '@playwright/test';
import { forbidOffSiteRequests } from './helpers/site.ts';
import { seedStories, storyOf } from './helpers/stories-fixture.ts';
import { spoken, stubVoice } from './helpers/stubs.ts';

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

const YOUR_QUESTION = 'What would you want me to have done in my first 90 days?';

async function open(page: Page) {
  await page.clock.install();
  await seedStories(page, [
    storyOf('mine-conv0001', { followUps: ['Why that team, and why then?'] }),
    storyOf('mine-conv0002', { title: 'Hiring a staff engineer', question: 'Tell me about a hire that changed your team.' }),
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
  // 1. The opening, timed like an answer (1:30, + 25%): answered in 20 s, under 40% of its time, so never cut into.
  await expect(question(page)).toHaveText('Tell me about yourself.');
  await expect(progress(page)).toHaveText('Question 1 of 4');
  await recording(page);
  await expect(page.locator('.room-clock')).toHaveText('1:55 left');
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
