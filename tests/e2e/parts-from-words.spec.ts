import type { Page } from '@playwright/test';
import { expect, test } from './helpers/seed.ts';
import { keptAttempts, openPanel, recordUntil } from './helpers/rehearse-panel.ts';
import { forbidOffSiteRequests } from './helpers/site.ts';
import { setUp } from './helpers/interview.ts';
import { seedStories, storyOf } from './helpers/stories-fixture.ts';
import { stubRecognition, stubVoice } from './helpers/stubs.ts';

// The STAR parts read from the person's own words, with no key pressed: a stubbed on-device
// recogniser says the answer to "Managing Managers" in words of its own (not the model's sentences),
// a piece at set moments of the recording.
const QUESTION = '/questions/managing-managers/';
const TOLD = [
  { after: 500, text: 'A few months after we made our strongest principal engineer a manager, he turned into the bottleneck and velocity on his team fell.' },
  { after: 1500, text: 'My job was to help him see himself as a multiplier for the team rather than the one who solves every problem.' },
  { after: 2500, text: 'I asked what only he could do for his people, and we wrote a thirty day plan where he handed code reviews to his tech lead and spent half his time mentoring.' },
  { after: 3500, text: 'In the end his engineers stepped up, ownership and output went way up, and a year on he was one of our most effective managers.' },
];
const NO_RESULT = 'No result heard: say how it ended, with a figure.';

/** The attempt's time per part: the parts, from the presses or the words, and the advice on them. */
const fromWords = (page: Page) => page.locator('rehearse-panel .attempt .parts');

forbidOffSiteRequests(test);

test('with no key pressed, the panel finds the four parts from the live transcript, at about the moments they were said, with the words counted as each under it', async ({ page }) => {
  await stubRecognition(page, { status: 'available', script: TOLD });
  await page.goto(QUESTION);
  await openPanel(page);
  await recordUntil(page, 5);
  const list = fromWords(page);
  await expect(list).toContainText('From your words (the live transcript):');
  const parts = list.locator('.split li');
  await expect(parts).toHaveCount(4);
  for (const [i, label] of ['Situation', 'Task', 'Action', 'Result'].entries()) {
    await expect(parts.nth(i)).toHaveText(new RegExp(`^${label}: 0:0\\d, \\d+% \\(model \\d+%\\)“`));
    // Under each part, the words counted as it: here, the piece said for it.
    await expect(parts.nth(i).locator('.said')).toHaveText(`“${TOLD[i]!.text}”`);
  }
  await expect(page.locator('rehearse-panel .attempt').getByText('Mark each part as you speak')).toBeHidden();
  // Each piece kept with when it was said: close to the moment the recogniser said it.
  const [attempt] = await keptAttempts(page);
  expect(attempt!.marks).toEqual([]);
  expect(attempt!.pieces!.map((piece) => piece.text)).toEqual(TOLD.map((piece) => piece.text));
  attempt!.pieces!.forEach((piece, i) => expect(Math.abs(piece.at - TOLD[i]!.after / 1000)).toBeLessThan(0.8));
});

test('a piece for every part but the result: the advice says no result was heard', async ({ page }) => {
  await stubRecognition(page, { status: 'available', script: TOLD.slice(0, 3) });
  await page.goto(QUESTION);
  await openPanel(page);
  await recordUntil(page, 4);
  await expect(fromWords(page).locator('.split li').nth(3)).toHaveText(/^Result: not heard \(model \d+%\)No words heard here\.$/);
  await expect(fromWords(page).locator('.warnings')).toContainText(NO_RESULT);
});

test('a typed transcript: each part’s share of the words; too few words are said to be too few, not guessed', async ({ page }) => {
  await stubRecognition(page, { status: 'unavailable' });
  await page.goto(QUESTION);
  await openPanel(page);
  await recordUntil(page, 1);
  await page.getByLabel('Transcript').fill('It went fine.');
  await expect(fromWords(page).locator('.warnings')).toContainText('Too few words to find the parts from (3, under about 40)');
  await page.getByLabel('Transcript').fill(TOLD.map((piece) => piece.text).join(' '));
  await expect(fromWords(page)).toContainText('From your words (the transcript, by its words):');
  const parts = fromWords(page).locator('.split li');
  for (const [i, label] of ['Situation', 'Task', 'Action', 'Result'].entries()) {
    await expect(parts.nth(i)).toHaveText(new RegExp(`^${label}: \\d+% of the words \\(model \\d+%\\)“.+”$`));
  }
});

test('the mock interview’s report: the parts found from your words, and the advice names the answer with no result heard', async ({ page }) => {
  test.setTimeout(60_000);
  await stubVoice(page, { local: true });
  await stubRecognition(page, { status: 'available', script: TOLD.slice(0, 3) });
  await page.goto('/interview/');
  await setUp(page, { thinking: 0, followUps: false, voice: false });
  await page.getByRole('button', { name: 'Start the interview' }).click();
  await expect(page.locator('.room-question')).toHaveText(/^Describe your philosophy for managing and developing other leaders/);
  await expect(page.locator('.room[data-phase=answering]')).toBeVisible();
  await expect(page.locator('.room .heard')).toContainText('thirty day plan', { timeout: 15_000 });
  await page.getByRole('button', { name: 'End the interview' }).click();
  const answer = page.locator('.report-answer').filter({ hasText: 'Managing Managers' });
  await expect(answer.locator('.parts')).toContainText('From your words (the live transcript):');
  await expect(answer.locator('.parts .split li').nth(3)).toHaveText(/^Result: not heard/);
  await expect(page.locator('.report')).toContainText(`Managing Managers: ${NO_RESULT}`);
});

test('a story of yours: its own lines are what the words are matched to, on its page', async ({ page }) => {

  await stubRecognition(page, {
    status: 'available',
    script: [
      { after: 500, text: 'Our payments group, eight engineers, had let three releases slip one after another.' },
      { after: 1500, text: 'I had to get them shipping each week before the quarter was out.' },
      { after: 2500, text: 'So I capped work in progress at three items and I paired with their lead every morning.' },
      { after: 3500, text: 'Ten weeks later we released weekly and incidents dropped by half.' },
    ],
  });
  await seedStories(page, [storyOf('mine-payments')]);
  await page.goto('/stories/?id=mine-payments');
  await openPanel(page);
  await recordUntil(page, 5);
  await expect(fromWords(page)).toContainText('From your words (the live transcript):');
  const parts = fromWords(page).locator('.split li');
  for (const [i, label] of ['Situation', 'Task', 'Action', 'Result'].entries()) {
    await expect(parts.nth(i)).toHaveText(new RegExp(`^${label}: 0:0\\d, \\d+% \\(model \\d+%\\)“.+”$`));
  }
});
