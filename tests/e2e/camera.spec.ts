import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './helpers/seed.ts';
import { atLeast, history, liveClock, openPanel } from './helpers/rehearse-panel.ts';
import { AXE_TAGS, forbidOffSiteRequests } from './helpers/site.ts';
import { stubVoice } from './helpers/stubs.ts';

// Answers recorded with the camera, on the device: the browser runs with a fake camera (640x360)
// and microphone that need no permission (playwright.config.ts).
const QUESTION = '/questions/managing-managers/';
const CAMERA_REFUSED = 'The camera was refused or is missing: this answer is recorded with sound only.';
const LOW_SPACE = /^Less than 50 MB is left on this device for recordings/;


/** The size of a video's frames once its metadata has loaded (0×0 when it has no picture). */
const frames = (video: Locator) =>
  video.evaluate(
    (element: HTMLVideoElement) =>
      new Promise<[number, number]>((resolve) => {
        const size = () => resolve([element.videoWidth, element.videoHeight]);
        if (element.readyState > 0) size();
        else {
          element.onloadedmetadata = size;
          element.onerror = () => resolve([-1, -1]);
        }
      }),
  );

/** The camera refused while the microphone is allowed, as a person who said no to it would have. */
const refuseCamera = (page: Page) =>
  page.addInitScript(() => {
    const ask = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = (constraints) =>
      constraints?.video ? Promise.reject(new DOMException('Permission denied', 'NotAllowedError')) : ask(constraints);
  });

forbidOffSiteRequests(test);

test('the Rehearse panel with the camera: three seconds recorded, you seen mirrored (and hidden), a video with frames after a reload, downloaded as WebM with its size', async ({ page }) => {
  await page.goto(QUESTION);
  await openPanel(page);
  const box = page.getByLabel('Record with my camera');
  await expect(box).not.toBeChecked();
  await box.check();
  await page.getByRole('button', { name: 'Record', exact: true }).click();
  // You, mirrored as a video call shows you, while you answer.
  const self = page.getByRole('group', { name: /^Your picture/ }).locator('video');
  await expect(self).toBeVisible();
  expect(await self.evaluate((video) => getComputedStyle(video).transform)).toBe('matrix(-1, 0, 0, 1, 0, 0)');
  const hide = page.getByRole('button', { name: 'Hide my picture' });
  await hide.click();
  await expect(hide).toHaveAttribute('aria-pressed', 'true');
  await expect(self).toBeHidden();
  await hide.click();
  await expect(hide).toHaveAttribute('aria-pressed', 'false');
  await expect(self).toBeVisible();

  await expect(liveClock(page)).toHaveText(atLeast(3), { timeout: 15_000 });
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(page.locator('rehearse-panel .status')).toHaveText(/^Stopped at 0:0\d\. Saved on this device\.$/);
  // Played back as the interviewer saw you: not mirrored, the camera's 640x360.
  const video = page.locator('rehearse-panel .attempt video');
  expect(await frames(video)).toEqual([640, 360]);
  expect(await video.evaluate((element) => getComputedStyle(element).transform)).toBe('none');
  await expect(page.locator('rehearse-panel .attempt .meta')).toHaveText(/ · \d+ KB/);

  await page.reload();
  await openPanel(page);
  await expect(history(page)).toHaveCount(1);
  await history(page).first().getByRole('button', { name: /^Play/ }).click();
  expect(await frames(history(page).first().locator('video'))).toEqual([640, 360]);
  const download = page.waitForEvent('download');
  await history(page).first().getByRole('button', { name: /^Download/ }).click();
  expect((await download).suggestedFilename()).toMatch(/^managing-managers-\d{4}-\d\d-\d\d\.webm$/);
  // The size of all recordings and what the browser says is left, beside Delete all recordings.
  const usage = page.locator('rehearse-panel p').filter({ hasText: /^Recordings on this device take/ });
  await expect(usage).toHaveText(/^Recordings on this device take \d+ KB; about [\d.]+ [KMG]B is left for this site\. Delete all recordings$/);
  page.once('dialog', (dialog) => void dialog.accept());
  await usage.getByRole('button', { name: 'Delete all recordings' }).click();
  await expect(history(page)).toHaveCount(0);
  await expect(page.getByText('None yet.')).toBeVisible();
});

test('the camera unplugged mid-answer: said once, and the recording goes on with sound and is kept', async ({ page }) => {
  await page.goto(QUESTION);
  await openPanel(page);
  await page.getByLabel('Record with my camera').check();
  await page.getByRole('button', { name: 'Record', exact: true }).click();
  const self = page.getByRole('group', { name: /^Your picture/ }).locator('video');
  await expect(self).toBeVisible();
  // A device that goes away ends its track (stop() would end it silently).
  await self.evaluate((video: HTMLVideoElement) => (video.srcObject as MediaStream).getVideoTracks()[0]!.dispatchEvent(new Event('ended')));
  await expect(page.locator('[data-camera-note]')).toHaveText('The camera went away: the recording goes on with sound.');
  await expect(liveClock(page)).toHaveText(atLeast(2), { timeout: 15_000 });
  await expect(page.getByRole('button', { name: 'Stop', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(page.locator('rehearse-panel .status')).toHaveText(/Saved on this device\.$/);
  await expect(history(page)).toHaveCount(1);
});

test('camera refused while the microphone is allowed: the answer is recorded with sound only, and one sentence says why', async ({ page }) => {
  await refuseCamera(page);
  await page.goto(QUESTION);
  await openPanel(page);
  await page.getByLabel('Record with my camera').check();
  await page.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(page.locator('[data-camera-note]')).toHaveText(CAMERA_REFUSED);
  await expect(liveClock(page)).toHaveText(atLeast(1), { timeout: 15_000 });
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(page.locator('rehearse-panel .status')).toHaveText(/Saved on this device\.$/);
  await expect(page.locator('rehearse-panel .attempt audio')).toHaveAttribute('src', /^blob:/);
  await expect(page.locator('rehearse-panel .attempt video')).toHaveCount(0);
});

test('little space left: switching the camera on warns first; a browser that cannot record video says so and disables the option', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator.storage, 'estimate', { value: () => Promise.resolve({ quota: 200 * 1024 * 1024, usage: 170 * 1024 * 1024 }) });
  });
  await page.goto(QUESTION);
  await openPanel(page);
  await page.getByLabel('Record with my camera').check();
  await expect(page.locator('[data-camera-note]')).toHaveText(LOW_SPACE);

  await page.addInitScript(() => {
    const supported = MediaRecorder.isTypeSupported.bind(MediaRecorder);
    MediaRecorder.isTypeSupported = (type) => !type.startsWith('video') && supported(type);
  });
  await page.reload();
  await openPanel(page);
  const box = page.getByLabel('Record with my camera');
  // Switched on, it switches itself off again (check() would insist it stays on).
  await box.click();
  await expect(page.locator('[data-camera-note]')).toHaveText('This browser cannot record video: your answers are recorded with sound only.');
  await expect(box).toBeDisabled();
  await expect(box).not.toBeChecked();
});

test('with the self-view on: no axe violations in light and dark, nothing sideways at 320 px', async ({ page }) => {
  await page.goto(QUESTION);
  await openPanel(page);
  await page.getByLabel('Record with my camera').check();
  await page.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(page.getByRole('group', { name: /^Your picture/ }).locator('video')).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).include('rehearse-panel').withTags(AXE_TAGS).analyze();
    expect(violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(page.locator('rehearse-panel .status')).toHaveText(/Saved on this device\.$/);
});

test('a mock interview with the camera: you seen while answering, the question and clock still on the first screen, each answer’s video in the report', async ({ page }) => {
  test.setTimeout(60_000);
  await stubVoice(page, { local: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/interview/');
  await page.getByText('Change the set-up').click();
  await page.getByRole('radio', { name: '3', exact: true }).check();
  await page.locator('input[name=thinking]').fill('0');
  await page.getByLabel('A follow-up question after each answer').setChecked(false);
  await page.getByLabel('Read the questions aloud').setChecked(false);
  await page.getByLabel('Record with my camera').check();
  await expect(page.locator('[data-summary]')).toHaveText(/ · answers recorded with the camera$/);
  await page.getByRole('button', { name: 'Start the interview' }).click();
  for (let answer = 0; answer < 2; answer++) {
    await expect(page.locator('.room[data-phase=answering]')).toBeVisible();
    await expect(page.locator('.room').getByRole('group', { name: /^Your picture/ }).locator('video')).toBeVisible();
    if (answer === 0) {
      // The question, the clock, the meter and I'm done stay on the first screen.
      for (const part of [page.locator('.room-question'), page.locator('.room-clock'), page.getByRole('meter', { name: 'Microphone level' }), page.getByRole('button', { name: 'I’m done' })]) {
        await expect(part).toBeInViewport();
      }
    }
    // Two seconds of recording, by the page's own clock line.
    const first = await page.locator('.room-clock').textContent();
    await expect(page.locator('.room-clock')).not.toHaveText(first!);
    const second = await page.locator('.room-clock').textContent();
    await expect(page.locator('.room-clock')).not.toHaveText(second!);
    await page.getByRole('button', { name: 'I’m done' }).click();
  }
  await page.getByRole('button', { name: 'End the interview' }).click();
  const videos = page.locator('.report-answer video');
  await expect(videos).toHaveCount(2);
  for (const video of await videos.all()) expect(await frames(video)).toEqual([640, 360]);
});

test('mock interview: camera refused, the microphone allowed: the answer is recorded with sound, and the room says why once', async ({ page }) => {
  await refuseCamera(page);
  await stubVoice(page, { local: true });
  await page.goto('/interview/');
  await page.getByText('Change the set-up').click();
  await page.locator('input[name=thinking]').fill('0');
  await page.getByLabel('A follow-up question after each answer').setChecked(false);
  await page.getByLabel('Record with my camera').check();
  await page.getByRole('button', { name: 'Start the interview' }).click();
  await expect(page.locator('.room[data-phase=answering]')).toBeVisible();
  await expect(page.locator('.room .problem')).toHaveText(CAMERA_REFUSED);
  await expect(page.locator('.room video')).toHaveCount(0);
});
