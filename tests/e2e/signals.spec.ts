import type { Page } from '@playwright/test';
import { expect, test } from './helpers/seed.ts';
import { history, openPanel, recordUntil } from './helpers/rehearse-panel.ts';
import { forbidOffSiteRequests } from './helpers/site.ts';
import { setUp } from './helpers/interview.ts';
import { stubRecognition, stubVoice } from './helpers/stubs.ts';

// What an interviewer hears (issue 34), each remark with the words it is about: a stubbed on-device
// recogniser says an answer to "Managing Managers" a piece at set moments, pressing nothing; the
// parts are found from the words, then the signals read the pieces of each part. And nothing is
// claimed that nothing measured.
const QUESTION = '/questions/managing-managers/';
const SITUATION = 'A few months after we made our strongest principal engineer a manager, he turned into the bottleneck and velocity on his team fell.';
const TASK = 'My job was to help him see himself as a multiplier for the team rather than the one who solves every problem.';
const ACTION = 'I asked what only he could do for his people, and I wrote a thirty day plan where he handed code reviews to his tech lead and spent half his time mentoring.';
const RESULT = 'In the end his engineers stepped up, ownership and output went way up, and a year on he was one of our most effective managers.';

/** The four parts said a second apart; `change` replaces some of them. */
const told = (change: { action?: string; result?: string } = {}) =>
  [SITUATION, TASK, change.action ?? ACTION, change.result ?? RESULT].map((text, i) => ({ after: 500 + i * 1000, text }));

const heard = (page: Page) => page.locator('rehearse-panel .attempt .signals');

/** Says `script` into the Rehearse panel of the question, and waits for the parts found from it. */
async function answer(page: Page, script: { after: number; text: string }[]) {
  await stubRecognition(page, { status: 'available', script });
  await page.goto(QUESTION);
  await openPanel(page);
  await recordUntil(page, 5);
  await expect(page.locator('rehearse-panel .attempt .parts')).toContainText('From your words (the live transcript):');
}

forbidOffSiteRequests(test);

test('an action told with "we" is advice, quoting the words; told with "I", it is said so', async ({ page }) => {
  await answer(page, told({ action: 'So we sat down, and we wrote a thirty day plan where he handed code reviews to his tech lead, and we agreed he would spend half his time mentoring.' }));
  await expect(heard(page)).toContainText('From the live transcript:');
  const we = heard(page).getByRole('listitem').filter({ hasText: 'Your action is told with “we”' });
  await expect(we).toHaveText('!Your action is told with “we”: “So we sat down, and we…”. Say what you did, with “I”. Also: “…sat down, and we wrote a thirty day…”, “…tech lead, and we agreed he would spend…”.');

  await answer(page, told());
  await expect(heard(page).getByRole('listitem').filter({ hasText: 'Your action' })).toHaveText('✓Your action is told with “I”.');
});

test('hedges are named as sounding unsure, each quoted, apart from the filler count', async ({ page }) => {
  await answer(page, told({ action: 'I think I maybe asked what only he could do for his people, and I wrote a thirty day plan where he handed code reviews to his tech lead.' }));
  await expect(heard(page).getByRole('listitem').filter({ hasText: 'unsure' })).toHaveText('!You sound unsure 2 times: “I think I maybe asked what…”. Say it plainly. Also: “I think I maybe asked what only he…”.');
  await expect(page.locator('rehearse-panel .attempt .analysis')).toContainText('Filler wordsnone heard');
});

test('a result without a figure is advice, quoting it; one with a figure, in words, is not nagged', async ({ page }) => {
  await answer(page, told({ result: 'In the end his engineers stepped up and the whole team was much happier with how things went.' }));
  await expect(heard(page).getByRole('listitem').filter({ hasText: 'Your result' })).toHaveText(
    '!Your result has no figure (“In the end his engineers stepped up and the whole team was…”): say how much, how fast or how many.',
  );

  await answer(page, told());
  await expect(heard(page).getByRole('listitem').filter({ hasText: 'Your result' })).toHaveText('✓Your result has a figure: “In the end his engineers stepped up, ownership and output went way…”.');
  await expect(heard(page)).not.toContainText('no figure');
});

test('with no recogniser and nothing ticked, no figure is given: not in the panel, not in the mock interview’s report', async ({ page }) => {
  await stubRecognition(page, { status: 'unavailable' });
  await stubVoice(page, { local: true });
  await page.goto(QUESTION);
  await openPanel(page);
  await recordUntil(page, 2);
  const attempt = page.locator('rehearse-panel .attempt');
  // Key points: what to do, never "0 of 4"; no pace, filler words or hedges without a transcript.
  await expect(attempt.getByText('Key points: not checked — tick them, or type what you said.', { exact: true })).toBeVisible();
  await expect(attempt.locator('.analysis')).toBeEmpty();
  // What an interviewer hears: only the length, which the clock measured.
  await expect(heard(page).getByRole('listitem')).toHaveText(['!Short: under a third of its time. Tell each part.']);
  await expect(attempt).not.toContainText(/\b0 of \d|Pace|Filler words|unsure|hedges/);
  await expect(history(page).first()).not.toContainText('Key points');

  await page.goto('/interview/');
  await setUp(page, { thinking: 0, followUps: false, voice: false });
  await page.getByRole('button', { name: 'Start the interview' }).click();
  await expect(page.locator('.room[data-phase=answering]')).toBeVisible();
  // A moment of answering: the clock has counted down from the time allowed.
  await expect(page.locator('.room-clock')).toHaveText(/^\d:[0-5]\d left$/);
  await expect(page.locator('.room-clock')).not.toHaveText(/^2:30 left$/);
  await page.getByRole('button', { name: 'End the interview' }).click();
  const report = page.locator('.report');
  await expect(report.locator('.figures')).toContainText('Key points saidnot checked — tick them under each answer, or type what you said');
  await expect(report.locator('.figures')).toContainText('Average paceno transcript yet');
  await expect(report.locator('.figures')).toContainText('Filler wordsno transcript yet');
  await expect(report.locator('.report-answer').first()).toContainText('Key points: not checked — tick them, or type what you said.');
  // No share of key points, no "0 of N", no advice on what nothing measured.
  await expect(report).not.toContainText(/\b0 of \d|key points \(|read them again|filler words a minute|unsure/i);
});

test('the story editor advises on what an interviewer hears, quoting what you wrote: "we", a hedge, the lesson', async ({ page }) => {
  const note = (field: string) => page.locator(`story-editor [data-note="${field}"]`);
  await page.goto('/stories/?new');
  await page.getByLabel('Task').fill('I guess the task was to get the team shipping again.');
  await expect(note('task')).toContainText('You sound unsure once: “I guess the task was to…”. Say it plainly.');
  await page.getByLabel('Action').fill('We met every morning. We cut the work in progress, and we paired with the lead.');
  await expect(note('action')).toContainText('Your action is told with “we”: “We met every morning”. Say what you did, with “I”.');
  await page.getByLabel('Action').fill('I met the lead every morning. I cut the work in progress to three items.');
  await expect(note('action')).not.toContainText('“we”');
  await page.getByLabel('Result').fill('Weekly releases within 10 weeks.');
  await expect(note('answer')).toContainText('No lesson in your answer: say what you learned.');
  await page.getByRole('textbox', { name: 'Your whole answer' }).fill('What I learned is to cap the work before adding people.');
  await expect(note('answer')).not.toContainText('No lesson');
});
