import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, seedQuestions, test } from './helpers/seed.ts';
import { AXE_TAGS, forbidOffSiteRequests, letGo, pageListeners } from './helpers/site.ts';
import { openClocked, setUp } from './helpers/interview.ts';
import { keptAttempts } from './helpers/rehearse-panel.ts';
import { announcements, recognitionLog, recordAnnouncements, spoken, stubRecognition, stubVoice } from './helpers/stubs.ts';

// The browser runs with a fake microphone (a tone) that needs no permission: see playwright.config.ts.
// Time in the room is the page's clock, held still (page.clock) and moved on by the tests, so
// minutes of answers take a moment and every figure is exact.
const MANAGING = 'Describe your philosophy for managing and developing other leaders. Can you tell me about a time you had to coach a new manager who was struggling with the transition?';

const room = (page: Page) => page.locator('interview-room');
const clock = (page: Page) => page.locator('.room-clock');
const state = (page: Page) => page.locator('.room-state');
const question = (page: Page) => page.locator('.room-question');
const done = (page: Page) => page.getByRole('button', { name: 'I’m done' });

/** Opens `path` with the page's clock running, then holds it still. */
const open = openClocked;

/** Moves the page's clock on, firing every timer on the way (the room's clock ticks 5 times a second). */
async function wait(page: Page, seconds: number) {
  await page.clock.runFor(seconds * 1000);
}

/** Starts the interview and lets the question be said (each utterance of the stub voice takes 50 ms). */
async function start(page: Page) {
  await page.getByRole('button', { name: 'Start the interview' }).click();
  await expect(page.locator('.room-question')).toBeVisible();
  await wait(page, 0.5);
}

// Nothing said, recorded, typed or ticked may leave the device.
forbidOffSiteRequests(test);

test('a full run of three questions with follow-ups, asked aloud, then the report; kept, listed and reopened after a reload', async ({ page }) => {
  test.setTimeout(90_000);
  await stubVoice(page, { local: true });
  await recordAnnouncements(page);
  await open(page, '/interview/');
  await expect(page.getByLabel('Read the questions aloud')).toBeEnabled();
  await setUp(page, { count: '3' });
  await expect(page.locator('[data-summary]')).toHaveText('3 of 5 questions, weakest first · each answer’s own time + 25% · 5 s to think · a follow-up after each · questions read aloud · answers recorded');
  await start(page);

  // The first question: shown, said sentence by sentence by the on-device voice, then time to think.
  await expect(question(page)).toHaveText(MANAGING);
  await expect(page.locator('.room-progress')).toHaveText('Question 1 of 3');
  await expect(clock(page)).toHaveText('Recording starts in 5 s');
  expect(await spoken(page)).toEqual([
    'Describe your philosophy for managing and developing other leaders.',
    'Can you tell me about a time you had to coach a new manager who was struggling with the transition?',
  ]);
  // No peeking: nothing of the model answers (key points, answers) is on the page until the report.
  const seed = seedQuestions();
  for (const line of ['30-day plan: all code reviews to his tech lead', 'My role shifts from a director to a coach', seed[1]!.answer.trim().slice(0, 60)]) {
    await expect(page.locator('body')).not.toContainText(line.replace(/\*\*/g, ''));
  }

  await wait(page, 5);
  await expect(state(page)).toHaveText('Recording');
  await expect(clock(page)).toHaveText('2:30 left');
  // Situation, Task, Action, Result: marked with M at 0:20, 0:30 and 1:10.
  await wait(page, 20);
  await page.keyboard.press('m');
  await wait(page, 10);
  await page.keyboard.press('m');
  await wait(page, 40);
  await page.getByRole('button', { name: 'Next part' }).click();
  await expect(page.locator('.room-part')).toHaveText('Part 4 of 4: Result');
  // 20 s left: amber, said once; then past zero: red, said once. (The clock shows what its last tick
  // saw, five times a second: 0.3 s more makes sure a tick has seen the second.)
  await wait(page, 60.3);
  await expect(clock(page)).toHaveText('20 s left');
  await expect(room(page).locator('.room')).toHaveAttribute('data-clock', 'warn');
  await wait(page, 25);
  await expect(clock(page)).toHaveText('Over time by 0:05');
  await expect(room(page).locator('.room')).toHaveAttribute('data-clock', 'over');
  await page.keyboard.press('Enter');

  // The follow-up, asked the same way, with its 30 s clock.
  await expect(question(page)).toHaveText('What would you do differently if you faced this again?');
  await expect(page.locator('.room-progress')).toHaveText('Question 1 of 3 · Follow-up');
  await wait(page, 5.5);
  await expect(clock(page)).toHaveText('0:30 left');
  await wait(page, 12);
  await page.keyboard.press('n');

  // Two more, quicker: each answer 40 s, each follow-up 10 s.
  for (const n of [2, 3]) {
    await expect(page.locator('.room-progress')).toHaveText(`Question ${n} of 3`);
    await wait(page, 5.5);
    await expect(state(page)).toHaveText('Recording');
    // The level meter moves with the fake microphone's tone (it needs real time to hear it).
    await expect
      .poll(async () => {
        await wait(page, 0.2);
        return page.getByRole('meter', { name: 'Microphone level' }).evaluate((m: HTMLMeterElement) => m.value);
      })
      .toBeGreaterThan(0);
    await wait(page, 40);
    await done(page).click();
    await expect(page.locator('.room-progress')).toHaveText(`Question ${n} of 3 · Follow-up`);
    await wait(page, 5.5);
    await expect(state(page)).toHaveText('Recording');
    await wait(page, 10);
    await done(page).click();
  }

  // The report, its figures from the timings above.
  await expect(page.getByRole('heading', { name: 'Your interview report' })).toBeVisible();
  const figures = page.locator('.report .figures');
  // The first ran over; the 40-second ones are short (under a third of their time), never within time.
  await expect(figures).toContainText('Answers within time0 of 3');
  // Nothing ticked and no transcript: nobody checked the key points, so no share of them is given.
  await expect(figures).toContainText('Key points saidnot checked — tick them under each answer, or type what you said');
  await expect(page.locator('.report-overall')).not.toContainText(/key points \(|0 of 11/i);
  await expect(page.locator('.report .advice').first()).toContainText('1 of 3 answers ran over their time, the longest by 0:05: cut the framing, keep the figures.');
  const first = page.locator('.report-answer').first();
  await expect(first.getByRole('heading', { level: 3 })).toHaveText('1. Managing Managers');
  await expect(first.locator('[data-duration]')).toHaveText('2:35');
  await expect(first.locator('.meta')).toContainText('0:05 over the 2:30 allowed');
  await expect(first.locator('.split')).toContainText('Situation: 0:20');
  await expect(first.locator('.split')).toContainText('Task: 0:10');
  await expect(first.locator('.split')).toContainText('Action: 0:40');
  await expect(first.locator('.split')).toContainText('Result: 1:25');
  await expect(first).toContainText('Follow-up asked: What would you do differently if you faced this again? (answered in 0:12 of 0:30)');
  await expect(first.locator('audio')).toHaveAttribute('src', /^blob:/);
  // The model answer, now, behind its disclosure.
  await first.getByText('The model answer').click();
  await expect(first.locator('.model')).toContainText('My role shifts from a director to a coach');
  // A rating goes to the practice progress, as a review from the interview, and the study plan takes it in.
  await first.getByRole('button', { name: 'Needs work' }).click();
  await expect(first.getByRole('button', { name: 'Needs work' })).toHaveAttribute('aria-pressed', 'true');
  const progress = await page.evaluate(() => JSON.parse(localStorage.getItem('study:progress') ?? '{}') as { version: number; reviews: { q: string; r: string; from: string }[] });
  expect(progress.version).toBe(2);
  expect(progress.reviews.filter((review) => review.q === 'managing-managers').at(-1)).toMatchObject({ r: 'needs-work', from: 'interview' });
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('study:schedule') ?? '{}').next?.['managing-managers'])).toMatch(/^\d{4}-\d\d-\d\d$/);

  // Screen readers heard each question, "Recording", "30 seconds left" and "Time is up", once each, never a clock.
  const heard = await announcements(page);
  expect(heard.filter((line) => line.startsWith('Question 1 of 3'))).toEqual([`Question 1 of 3: ${MANAGING}`]);
  expect(heard.filter((line) => line === '30 seconds left')).toHaveLength(1);
  expect(heard.filter((line) => line === 'Time is up')).toHaveLength(1);
  expect(heard.filter((line) => line === 'Recording')).toHaveLength(6);
  expect(heard.some((line) => /\d:\d\d|\d+ s left/.test(line))).toBe(false);

  // Kept on this device (the rating is saved a moment after it is given): listed after a reload
  // with its figures, its report opens again.
  await wait(page, 1);
  await page.clock.resume();
  await page.reload();
  const past = page.locator('interview-history .sessions > li');
  await expect(past).toHaveCount(1);
  await expect(past.first()).toContainText('3 answers');
  await expect(past.first()).toContainText('0 of 3 within time · key points not checked');
  await past.first().getByRole('button', { name: /^Open the report/ }).click();
  await expect(page.locator('.report .figures')).toContainText('Answers within time0 of 3');
  await expect(page.locator('.report-answer').first().getByRole('button', { name: 'Needs work' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.report-answer').first().locator('audio')).toHaveAttribute('src', /^blob:/);

  // The answers are attempts like any other: the question's Rehearse panel lists them.
  await page.goto('/questions/managing-managers/');
  await page.locator('summary', { hasText: 'Rehearse aloud' }).click();
  await expect(page.locator('rehearse-panel .history > li').first()).toContainText('in a mock interview');
});

test('on a phone (390 × 844) and a laptop (1280 × 800), Start, then the question, the clock, the meter and I’m done, all on the first screen', async ({ browser, baseURL }) => {
  for (const screen of [{ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }, { viewport: { width: 1280, height: 800 } }]) {
    const context = await browser.newContext({ baseURL: baseURL!, ...screen });
    const page = await context.newPage();
    await open(page, '/interview/');
    const { height } = screen.viewport;
    const onFirstScreen = async (name: string, locator: ReturnType<Page['locator']>) => {
      const box = (await locator.boundingBox())!;
      expect(box, `${name} at ${screen.viewport.width} px`).not.toBeNull();
      expect(box.y + box.height, `${name} at ${screen.viewport.width} px`).toBeLessThanOrEqual(height);
    };
    await onFirstScreen('Start the interview', page.getByRole('button', { name: 'Start the interview' }));
    await setUp(page, { thinking: 0 });
    await page.getByRole('button', { name: 'Start the interview' }).click();
    await expect(state(page)).toHaveText('Recording');
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await onFirstScreen('the question', question(page));
    await onFirstScreen('the clock', clock(page));
    await onFirstScreen('the meter', page.getByRole('meter', { name: 'Microphone level' }));
    await onFirstScreen('I’m done', done(page));
    await context.close();
  }
});

test('without an on-device English voice, the option says so and the questions are shown only; a slow voice delays the thinking time', async ({ browser, baseURL }) => {
  const online = await browser.newContext({ baseURL: baseURL! });
  const page = await online.newPage();
  await stubVoice(page, { local: false });
  await open(page, '/interview/');
  await wait(page, 2);
  await page.getByText('Change the set-up').click();
  await expect(page.getByLabel('Read the questions aloud')).toBeDisabled();
  await expect(page.getByLabel('Read the questions aloud')).not.toBeChecked();
  await expect(page.getByText('This browser has no English voice on this device (online voices would send the questions to a speech service): the questions are shown only.')).toBeVisible();
  await expect(page.locator('[data-summary]')).toContainText('questions shown only');
  await start(page);
  await expect(clock(page)).toHaveText('Recording starts in 5 s');
  expect(await spoken(page)).toEqual([]);
  await online.close();

  const slow = await browser.newContext({ baseURL: baseURL! });
  const local = await slow.newPage();
  await stubVoice(local, { local: true, speaks: 3000 });
  await open(local, '/interview/');
  await local.getByRole('button', { name: 'Start the interview' }).click();
  await expect(local.locator('.room-state')).toHaveText('The question');
  await wait(local, 4);
  // The first sentence is said, the second is being said: no countdown yet.
  await expect(local.locator('.room-state')).toHaveText('The question');
  expect(await spoken(local)).toHaveLength(2);
  await wait(local, 2.5);
  await expect(local.locator('.room-clock')).toHaveText(/^Recording starts in [45] s$/);
  await slow.close();
});

test('Pause (P) holds the clocks and the recording; a hidden tab pauses and says so on return; End goes to the report with what was answered', async ({ page }) => {
  await recordAnnouncements(page);
  await open(page, '/interview/');
  await setUp(page, { thinking: 0, followUps: false });
  await start(page);
  await expect(state(page)).toHaveText('Recording');
  await wait(page, 10.3);
  await expect(clock(page)).toHaveText('2:20 left');
  await page.keyboard.press('p');
  await expect(state(page)).toHaveText('Paused');
  await expect(page.getByRole('button', { name: 'Resume' })).toHaveAttribute('aria-pressed', 'true');
  await wait(page, 30);
  await expect(clock(page)).toHaveText('2:20 left');
  await page.getByRole('button', { name: 'Resume' }).click();
  await wait(page, 10);
  await expect(clock(page)).toHaveText('2:10 left');

  // A phone call: the tab goes to the background.
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await wait(page, 60);
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { value: false, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect(state(page)).toHaveText('Paused');
  await expect(page.getByRole('alert')).toHaveText('Paused while this tab was in the background. Press Resume (or P) when you are ready.');
  await expect(clock(page)).toHaveText('2:10 left');
  await page.keyboard.press('p');
  await expect(page.getByRole('alert')).toHaveText('');
  await wait(page, 5);
  await page.getByRole('button', { name: 'End the interview' }).click();

  await expect(page.getByRole('heading', { name: 'Your interview report' })).toBeVisible();
  await expect(page.locator('.report-answer')).toHaveCount(1);
  await expect(page.locator('.report-answer [data-duration]')).toHaveText('0:25');
  // 25 s of its 2:00: short (under a third of its time), not within time.
  await expect(page.locator('.report .figures')).toContainText('Answers within time0 of 1');
  const heard = await announcements(page);
  expect(heard.filter((line) => line === 'Paused')).toHaveLength(2);

  // The report prints: its answers without their controls, nothing of the set-up.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.report-answer')).toBeVisible();
  await expect(page.locator('.report-answer').getByRole('button', { name: 'Retry this question' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print the report' })).toBeHidden();
  await expect(page.locator('.report-answer audio')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Start the interview' })).toBeHidden();
});

test('taken off the page mid-answer, the room lets go of the page: its keys, the tab hidden, the page closing', async ({ page }) => {
  await open(page, '/interview/');
  await setUp(page, { thinking: 0, followUps: false });
  await start(page);
  await expect(state(page)).toHaveText('Recording');
  const inRoom = await pageListeners(page);
  await room(page).evaluate((element) => element.remove());
  expect(letGo(inRoom, await pageListeners(page))).toEqual({ document: ['keydown', 'visibilitychange'], window: ['pagehide'] });
  // The answer begun is kept, with its session.
  await expect.poll(async () => (await keptAttempts(page)).map((attempt) => attempt.question)).toEqual(['managing-managers']);
});

test('a browser without MediaRecorder: the set-up says so, and the interview runs timed and silent, with its report', async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { MediaRecorder?: unknown }).MediaRecorder;
  });
  await open(page, '/interview/');
  await page.getByText('Change the set-up').click();
  await expect(page.getByLabel('Record my answers')).toBeDisabled();
  await expect(page.getByText('This browser cannot record audio: the interview runs timed and silent, and still ends with a report.').first()).toBeVisible();
  await expect(page.locator('[data-summary]')).toContainText('answers not recorded');
  await page.locator('input[name=thinking]').fill('0');
  await start(page);
  await expect(state(page)).toHaveText('Answering');
  await expect(page.getByRole('meter', { name: 'Microphone level' })).toBeHidden();
  await wait(page, 45);
  await page.getByRole('button', { name: 'End the interview' }).click();
  await expect(page.locator('.report-answer').first()).toContainText('Not recorded: a timed run without audio.');
  await expect(page.locator('.report-answer').first().locator('[data-duration]')).toHaveText('0:45');
});

test('interviews travel with the progress export, without audio, and come back on import', async ({ page, browser, baseURL }) => {
  await open(page, '/interview/');
  await setUp(page, { thinking: 0, followUps: false });
  await start(page);
  await expect(state(page)).toHaveText('Recording');
  await wait(page, 40);
  await page.getByRole('button', { name: 'End the interview' }).click();
  const rated = page.locator('.report-answer').first().getByRole('button', { name: 'Getting there' });
  await rated.click();
  await expect(rated).toHaveAttribute('aria-pressed', 'true');
  await wait(page, 1);
  await page.clock.resume();
  await page.goto('/practice/');
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  await expect(page.getByText('Progress exported with 1 rehearsal attempt and 1 mock interview (their audio stays on this device).')).toBeVisible();
  const file = await (await exported).path();
  const data = JSON.parse(readFileSync(file, 'utf8')) as { sessions: { answers: { rating?: { rating: string } }[] }[]; attempts: { session: string }[] };
  expect(data.sessions).toHaveLength(1);
  expect(data.sessions[0]!.answers[0]!.rating?.rating).toBe('getting-there');
  expect(data.attempts[0]!.session).toEqual(expect.any(String));
  // And in the link to another device.
  await page.getByRole('button', { name: 'Send to another device' }).click();
  await expect(page.locator('send-progress')).toContainText('The link below carries 1 rating, 1 rehearsal attempt (without audio) and 1 mock interview.');
  const link = await page.getByLabel(/^Link \(/).inputValue();

  const other = await browser.newContext({ baseURL: baseURL! });
  const laptop = await other.newPage();
  await laptop.goto(link);
  await expect(laptop.getByText('1 mock interview (their settings, answers’ timings and ratings): those not on this device yet are added.')).toBeVisible();
  await laptop.goto('/practice/');
  await laptop.getByLabel('Import progress').setInputFiles(file);
  await expect(laptop.getByText('Imported 1 newer rating, 1 new rehearsal attempt and 1 new mock interview (without audio).')).toBeVisible();
  await laptop.goto('/interview/');
  const past = laptop.locator('interview-history .sessions > li');
  await expect(past).toHaveCount(1);
  await past.first().getByRole('button', { name: /^Open the report/ }).click();
  await expect(laptop.locator('.report-answer [data-duration]')).toHaveText('0:40');
  await expect(laptop.locator('.report-answer').first()).toContainText('Imported without its audio: the recording stays on the device that made it.');
  await other.close();
});

test('microphone refused at the start: the interview goes on without recording and says so', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
  });
  await open(page, '/interview/');
  await setUp(page, { thinking: 0, followUps: false });
  await start(page);
  await expect(page.getByRole('alert')).toHaveText(
    'Microphone access was refused: allow it in this site’s settings to record. The interview goes on without recording; the report still has your timings.',
  );
  await expect(state(page)).toHaveText('Answering');
  await expect(page.getByRole('meter', { name: 'Microphone level' })).toBeHidden();
  await wait(page, 30);
  await done(page).click();
  await expect(page.locator('.room-progress')).toHaveText('Question 2 of 5');
  await wait(page, 20);
  await page.getByRole('button', { name: 'End the interview' }).click();
  await expect(page.locator('.report-answer')).toHaveCount(2);
  await expect(page.locator('.report-answer').first()).toContainText('Not recorded: a timed run without audio.');
  await expect(page.locator('.report-answer').first().locator('[data-duration]')).toHaveText('0:30');
  await expect(page.locator('.report-answer audio')).toHaveCount(0);
});

test('microphone unplugged midway: what was recorded is kept, and the interview goes on without recording', async ({ page }) => {
  await page.addInitScript(() => {
    const get = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await get(constraints);
      (window as unknown as { streams: MediaStream[] }).streams = [...((window as unknown as { streams?: MediaStream[] }).streams ?? []), stream];
      return stream;
    };
  });
  await open(page, '/interview/');
  await setUp(page, { thinking: 0, followUps: false });
  await start(page);
  await expect(state(page)).toHaveText('Recording');
  // Real time for the recorder to write something, then the device goes away.
  await page.waitForTimeout(1200);
  await wait(page, 15);
  await page.evaluate(() => (window as unknown as { streams: MediaStream[] }).streams[0]!.getAudioTracks()[0]!.dispatchEvent(new Event('ended')));
  await expect(page.getByRole('alert')).toHaveText(
    'The microphone stopped (unplugged, or its permission was taken back): what was recorded so far is kept. The interview goes on without recording; the report still has your timings.',
  );
  await wait(page, 5);
  await expect(state(page)).toHaveText('Answering');
  await done(page).click();
  await expect(page.locator('.room-progress')).toHaveText('Question 2 of 5');
  await expect(state(page)).toHaveText('Answering');
  await wait(page, 10);
  await page.getByRole('button', { name: 'End the interview' }).click();
  const answers = page.locator('.report-answer');
  await expect(answers).toHaveCount(2);
  await expect(answers.first().locator('audio')).toHaveAttribute('src', /^blob:/);
  await expect(answers.first().locator('[data-duration]')).toHaveText('0:20');
  await expect(answers.nth(1)).toContainText('Not recorded: a timed run without audio.');
});

test('a reload midway keeps the answers so far, and the interview page offers their report', async ({ page }) => {
  await open(page, '/interview/');
  await setUp(page, { thinking: 0, followUps: false });
  await start(page);
  await expect(state(page)).toHaveText('Recording');
  await wait(page, 30);
  await done(page).click();
  await expect(page.locator('.room-progress')).toHaveText('Question 2 of 5');
  await expect(state(page)).toHaveText('Recording');
  await page.waitForTimeout(1200);
  // Saved every 5 s as it goes.
  await wait(page, 6);
  await page.waitForTimeout(500);
  await page.clock.resume();
  await page.reload();
  const past = page.locator('interview-history .sessions > li');
  await expect(past).toHaveCount(1);
  await expect(past.first()).toContainText('Cut short after 2 answers (a reload or a closed tab): its report has them.');
  await past.first().getByRole('button', { name: /^Open the report/ }).click();
  await expect(page.locator('.report-answer')).toHaveCount(2);
  await expect(page.locator('.report')).toContainText('interrupted before the end');
  await expect(page.locator('.report-answer').first().locator('[data-duration]')).toHaveText('0:30');
  await expect(page.locator('.report-answer').nth(1).locator('[data-duration]')).toHaveText(/^0:0[56]$/);
  await expect(page.locator('.report-answer').nth(1).locator('audio')).toHaveAttribute('src', /^blob:/);
});

test('storage full: the report still shows everything from this page, and the recordings download', async ({ page }) => {
  await page.addInitScript(() => {
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
        if ((window as unknown as { full?: boolean }).full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      };
    }
  });
  await open(page, '/interview/');
  await page.evaluate(() => ((window as unknown as { full: boolean }).full = true));
  await setUp(page, { thinking: 0, followUps: false });
  await start(page);
  await expect(page.getByRole('alert')).toHaveText(
    'This device’s storage is full, so this interview is not saved. Its report shows everything until you leave this page: download the recordings you want to keep.',
  );
  await page.waitForTimeout(1000);
  await wait(page, 20);
  await page.getByRole('button', { name: 'End the interview' }).click();
  await expect(page.locator('.report .problem')).toHaveText(/^This device’s storage is full, so this interview is not saved\./);
  await expect(page.locator('.report-answer [data-duration]')).toHaveText('0:20');
  const download = page.waitForEvent('download');
  await page.locator('.report-answer').getByRole('button', { name: 'Download' }).click();
  expect((await download).suggestedFilename()).toMatch(/^managing-managers-\d{4}-\d\d-\d\d\.webm$/);
});

test('speech recognition: fetched from a click in the set-up, then a live transcript that the report analyses', async ({ page }) => {
  await stubRecognition(page, { status: 'downloadable', install: 'succeeds', says: 'Um, I made a 30-day plan: all code reviews to his tech lead, 50% of his time pairing and mentoring, a career conversation with each.' });
  await open(page, '/interview/');
  await expect(page.locator('[data-transcript]')).toHaveText('A live transcript needs English speech recognition on this device: get it (once; it then works offline)');
  // "get it" opens the set-up at the button that asks the browser for it.
  await page.locator('[data-transcript]').getByRole('link', { name: 'get it' }).click();
  await expect(page.getByRole('button', { name: 'Get English speech recognition on this device' })).toBeInViewport();
  await page.locator('input[name=thinking]').fill('0');
  await page.getByLabel('A follow-up question after each answer').setChecked(false);
  await expect(page.getByText('For a live transcript, this browser can fetch English speech recognition once')).toBeVisible();
  await page.getByRole('button', { name: 'Get English speech recognition on this device' }).click();
  await expect(page.locator('[data-recognition]').getByRole('status')).toHaveText('Ready');
  await expect(page.locator('[data-transcript]')).toHaveText('A live transcript is made on this device as you answer');
  await start(page);
  await expect(state(page)).toHaveText('Recording');
  await page.waitForTimeout(300);
  await wait(page, 0.4);
  await expect(page.locator('.room .heard')).toContainText('30-day plan');
  await wait(page, 30);
  await page.getByRole('button', { name: 'End the interview' }).click();
  const answer = page.locator('.report-answer').first();
  await expect(answer.getByRole('textbox', { name: 'Transcript' })).toHaveValue(/^Um, I made a 30-day plan/);
  await expect(answer.getByRole('checkbox', { name: /^30-day plan/ })).toBeChecked();
  await expect(page.locator('.report .figures')).toContainText(/Average pace\d+ words a minute/);
  await expect(page.locator('.report .figures')).toContainText(/Filler words\d+(\.\d)? a minute/);
  const log = (await recognitionLog(page)).filter((entry) => 'start' in (entry as object));
  expect(log).toEqual([{ start: { processLocally: true, lang: 'en-US' } }]);
});

test('speech recognition that fails to download, or never says, is reported', async ({ browser, baseURL }) => {
  for (const [install, message] of [
    ['fails', 'English speech recognition could not be fetched. Type or paste what you said afterwards, or try again later.'],
    ['never', 'Fetching English speech recognition is taking over a minute; it may finish in the background. Meanwhile, type what you said afterwards.'],
  ] as const) {
    const context = await browser.newContext({ baseURL: baseURL! });
    const page = await context.newPage();
    await stubRecognition(page, { status: 'downloadable', install });
    await open(page, '/interview/');
    await page.getByText('Change the set-up').click();
    await page.getByRole('button', { name: 'Get English speech recognition on this device' }).click();
    await expect(page.locator('[data-recognition]').getByRole('status')).toHaveText(install === 'never' ? 'Downloading…' : '');
    await wait(page, 61);
    await expect(page.getByText(message)).toBeVisible();
    expect((await recognitionLog(page)).filter((entry) => 'start' in (entry as object))).toEqual([]);
    await context.close();
  }
});

test('I’m done: while the answer is stopped and kept, the room says so, never still Recording; then the next question', async ({ page }) => {
  // The recorder's stop is held until the test lets it go, as a slow device would.
  await page.addInitScript(() => {
    const stop = MediaRecorder.prototype.stop;
    const held: (() => void)[] = [];
    MediaRecorder.prototype.stop = function (this: MediaRecorder) {
      held.push(() => stop.call(this));
    };
    (window as unknown as { letStop: () => void }).letStop = () => held.splice(0).forEach((go) => go());
  });
  await open(page, '/interview/');
  await setUp(page, { thinking: 0, followUps: false });
  await start(page);
  await expect(state(page)).toHaveText('Recording');
  await wait(page, 20);
  await done(page).click();
  await expect(state(page)).toHaveText('Keeping your answer…');
  await expect(page.locator('.room')).toHaveAttribute('data-phase', 'keeping');
  // A press now would do nothing, and the buttons say so.
  await expect(done(page)).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByRole('button', { name: 'Next part' })).toBeDisabled();
  await expect(page.locator('.room-progress')).toHaveText('Question 1 of 5');
  await page.evaluate(() => (window as unknown as { letStop: () => void }).letStop());
  await expect(page.locator('.room-progress')).toHaveText('Question 2 of 5');
  await expect(state(page)).toHaveText('Recording');
  await expect(done(page)).toHaveAttribute('aria-disabled', 'false');
});

test('the report: rate, retry a question right there, delete an interview with its recordings, run again with the weakest', async ({ page }) => {
  await open(page, '/interview/');
  await setUp(page, { count: '3', thinking: 0, followUps: false });
  await start(page);
  for (const [index, seconds] of [200, 30, 40].entries()) {
    // The next question's line first: until it shows, the state line may still be the last answer's.
    await expect(page.locator('.room-progress')).toHaveText(`Question ${index + 1} of 3`);
    await expect(state(page)).toHaveText('Recording');
    await wait(page, seconds);
    await done(page).click();
  }
  await expect(page.getByRole('heading', { name: 'Your interview report' })).toBeVisible();
  // Over time first: the weakest is the first question.
  for (const answer of [1, 2]) {
    const rated = page.locator('.report-answer').nth(answer).getByRole('button', { name: 'Nailed it' });
    await rated.click();
    await expect(rated).toHaveAttribute('aria-pressed', 'true');
  }

  await page.locator('.report-answer').first().getByRole('button', { name: 'Retry this question' }).click();
  await expect(question(page)).toHaveText(MANAGING);
  await expect(state(page)).toHaveText('Recording');
  await wait(page, 60);
  await done(page).click();
  await expect(page.getByRole('heading', { name: 'Your interview report' })).toBeVisible();
  await expect(page.locator('.report-answer')).toHaveCount(3);
  await expect(page.locator('.report-answer').first().locator('[data-duration]')).toHaveText('1:00');
  // The retried minute is within its time; 30 s and 40 s are short (under a third of theirs).
  await expect(page.locator('.report .figures')).toContainText('Answers within time1 of 3');
  await expect(page.locator('.report-answer').first().getByRole('heading', { level: 3 })).toBeFocused();

  await page.getByRole('button', { name: 'Run again with the weakest 3' }).click();
  await expect(page.locator('.room-progress')).toHaveText('Question 1 of 3');
  await expect(question(page)).toHaveText(MANAGING);
  await expect(state(page)).toHaveText('Recording');
  await wait(page, 10);
  await done(page).click();
  // Ended as the next answer began: that one is no answer.
  await page.getByRole('button', { name: 'End the interview' }).click();
  await expect(page.locator('.report-answer')).toHaveCount(1);
  await page.getByRole('button', { name: 'Set up a new interview' }).click();
  await expect(page.getByRole('button', { name: 'Start the interview' })).toBeFocused();

  const past = page.locator('interview-history .sessions > li');
  await expect(past).toHaveCount(2);
  /** Per session in the store: its attempts, and the recordings kept for them. */
  const stored = () =>
    page.evaluate(
      () =>
        new Promise<Record<string, { attempts: number; audio: number }>>((resolve) => {
          const request = indexedDB.open('study-rehearsals');
          request.onsuccess = () => {
            const tx = request.result.transaction(['attempts', 'audio']);
            const attempts = tx.objectStore('attempts').getAll();
            const audio = tx.objectStore('audio').getAllKeys();
            tx.oncomplete = () => {
              const sessions: Record<string, { attempts: number; audio: number }> = {};
              for (const attempt of attempts.result as { id: string; session: string }[]) {
                const counts = (sessions[attempt.session] ??= { attempts: 0, audio: 0 });
                counts.attempts++;
                if (audio.result.includes(attempt.id)) counts.audio++;
              }
              resolve(sessions);
            };
          };
        }),
    );
  const before = await stored();
  // The first interview: three answers and the retried one, recorded (a recording of a few real
  // milliseconds may hold no sound to keep, so not every one need have audio).
  const [first, second] = Object.entries(before).sort(([, a], [, b]) => b.attempts - a.attempts);
  expect(first![1].attempts).toBe(4);
  expect(first![1].audio).toBeGreaterThan(0);
  page.once('dialog', (dialog) => void dialog.accept());
  await past.nth(1).getByRole('button', { name: /^Delete/ }).click();
  await expect(past).toHaveCount(1);
  await expect(page.getByText('Interview deleted, with its recordings.')).toBeVisible();
  // Its attempts (the retried one too) and their recordings went with it; the other one's stayed.
  expect(await stored()).toEqual(Object.fromEntries([second!]));
});

test('the set-up is remembered; with JavaScript off the page says the interview needs it', async ({ page, browser, baseURL }) => {
  await page.goto('/interview/');
  await setUp(page, { count: '3', followUps: false, limit: '180' });
  await page.reload();
  await expect(page.locator('[data-summary]')).toHaveText('3 of 5 questions, weakest first · 3 minutes an answer · 5 s to think · no follow-ups · questions shown only · answers recorded');
  const off = await browser.newContext({ baseURL: baseURL!, javaScriptEnabled: false });
  const plain = await off.newPage();
  await plain.goto('/interview/');
  await expect(plain.getByText('The mock interview needs JavaScript, which is off in this browser.')).toBeVisible();
  await expect(plain.getByRole('button', { name: 'Start the interview' })).toBeHidden();
  await off.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no axe violations in the set-up, thinking, answering, the follow-up, paused and the report, in ${colorScheme}`, async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    const phone = colorScheme === 'dark';
    const context = await browser.newContext({ baseURL: baseURL!, colorScheme, ...(phone ? { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } : {}) });
    const page = await context.newPage();
    await stubVoice(page, { local: true });
    const axe = async (state: string) => {
      // axe waits on timers of its own: the page's clock runs while it looks.
      await page.clock.resume();
      const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      // A second ahead: time runs between reading the clock and pausing it, more so on a busy machine.
      await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
      expect(violations.map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${state} scrolls sideways`).toBe(0);
    };
    await open(page, '/interview/');
    await page.getByText('Change the set-up').click();
    await axe('set-up');
    await start(page);
    await axe('thinking');
    await wait(page, 5.5);
    await expect(state(page)).toHaveText('Recording');
    await axe('answering');
    await wait(page, 140);
    await axe('answering, over time');
    await done(page).click();
    await wait(page, 5.5);
    await expect(page.locator('.room-progress')).toHaveText('Question 1 of 5 · Follow-up');
    await axe('follow-up');
    await page.getByRole('button', { name: 'Pause' }).click();
    await axe('paused');
    await page.getByRole('button', { name: 'End the interview' }).click();
    await page.locator('.report-answer').first().getByText('The model answer').click();
    await page.locator('.report-answer').first().getByRole('textbox', { name: 'Transcript' }).fill('Um, I set a 30-day plan. We, like, shipped it.');
    await axe('report');
    await page.setViewportSize({ width: 320, height: 700 });
    await axe('report at 320 px');
    await context.close();
  });
}

test('unseen questions from the bank: each asked with a story of yours that fits it, recorded against that story, and reopened as asked', async ({ page }) => {
  test.setTimeout(60_000);
  await open(page, '/interview/');
  await setUp(page, { count: '3', thinking: 0, followUps: false, record: false });
  await page.getByRole('radio', { name: 'Unseen questions from the bank' }).check();
  await expect(page.locator('[data-summary]')).toHaveText(/^3 unseen questions from the bank · /);
  await start(page);
  const bankQuestions = await page.evaluate(async () => {
    const html = await (await fetch('/bank/')).text();
    return [...html.matchAll(/<h4 class="bank-q[^"]*" id="q-([^"]+)"[^>]*>([^<]+)<\/h4>/g)].map(([, id, text]) => ({ id, text: text!.replace(/&#39;/g, "'") }));
  });
  const asked: string[] = [];
  for (let i = 0; i < 3; i++) {
    await expect(page.locator('.room-progress')).toHaveText(`Question ${i + 1} of 3`);
    await expect(state(page)).toHaveText('Answering');
    const text = await question(page).textContent();
    asked.push(text!);
    // Never one of the five: a question of the bank.
    expect(bankQuestions.map(({ text }) => text)).toContain(text);
    await wait(page, 10);
    await done(page).click();
    await wait(page, 0.5);
  }
  await expect(page.getByRole('heading', { name: 'Your interview report' })).toBeVisible();
  const answers = page.locator('.report-answer');
  await expect(answers).toHaveCount(3);
  // Each answer under the question asked, recorded against a different story of yours.
  const titles = await answers.getByRole('heading', { level: 3 }).allTextContents();
  expect(new Set(titles).size).toBe(3);
  for (const [i, text] of asked.entries()) await expect(answers.nth(i)).toContainText(text);
  const stored = (await keptAttempts(page)).map(({ question }) => question);

  expect(stored.sort()).toEqual(
    titles.map((title) => ({ 'Managing Managers': 'managing-managers', 'Team Building and Culture': 'inclusive-culture', 'Upward Management & Influence': 'upward-influence', 'Navigating Conflict in a Matrixed Organization': 'matrixed-conflict', 'Strategic Planning & Budgeting': 'roadmap-and-budget' })[title.replace(/^\d+\. /, '')]).sort(),
  );
  // Reopened from the list after a reload: still under the questions asked.
  await wait(page, 1);
  await page.clock.resume();
  await page.reload();
  await page.locator('interview-history .sessions > li').first().getByRole('button', { name: /^Open the report/ }).click();
  for (const text of asked) await expect(page.locator('.report')).toContainText(text);
});
