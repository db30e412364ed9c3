import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './helpers/seed.ts';
import { watch } from './helpers/csp-watch.ts';
import { atLeast, history, keptAttempts, liveClock, openPanel } from './helpers/rehearse-panel.ts';
import { AXE_TAGS, forbidOffSiteRequests, letGo, pageListeners } from './helpers/site.ts';
import { recognitionLog, stubRecognition } from './helpers/stubs.ts';

// The browser runs with a fake microphone (a tone) that needs no permission: see playwright.config.ts.
const QUESTION = '/questions/managing-managers/';

const record = (page: Page) => page.getByRole('button', { name: 'Record', exact: true });
const stop = (page: Page) => page.getByRole('button', { name: 'Stop', exact: true });

/**
 * Records until the clock shows each given second, marking the next part at each but the last;
 * then waits for the page to say the attempt is saved (unless `saved` is false: the save is to fail).
 */
async function recordFor(page: Page, marks: number[], last: number, saved = true) {
  await record(page).click();
  await expect(page.getByRole('status').filter({ hasText: 'Recording. Part 1 of 4' })).toBeVisible();
  for (const second of marks) {
    await expect(liveClock(page)).toHaveText(atLeast(second));
    await page.getByRole('button', { name: 'Next part' }).click();
  }
  await expect(liveClock(page)).toHaveText(atLeast(last));
  await stop(page).click();
  await expect(page.getByRole('status').filter({ hasText: /^Stopped at/ })).toBeVisible();
  if (saved) await expect(page.locator('rehearse-panel .status')).toHaveText(/^Stopped at \d:\d\d\. Saved on this device\.$/);
}

// Nothing a person records, types or ticks may leave the device.
forbidOffSiteRequests(test);

test('record about 3 s, mark the parts, stop: a playable recording, its duration and split; kept across a reload; deleted', async ({ page }) => {
  await page.goto(QUESTION);
  await openPanel(page);
  await expect(page.getByText('Your voice stays on this device')).toBeVisible();
  await expect(page.getByText('None yet.')).toBeVisible();

  await record(page).click();
  await expect(page.getByText('Recording', { exact: true })).toBeVisible();
  await expect(liveClock(page)).toHaveText(/^0:0\d of about 2:00$/);
  // The level meter moves with the fake microphone's tone.
  await expect.poll(() => page.getByRole('meter', { name: 'Microphone level' }).evaluate((m: HTMLMeterElement) => m.value)).toBeGreaterThan(0);
  await expect(liveClock(page)).toHaveText(atLeast(1));
  await page.getByRole('button', { name: 'Next part' }).click();
  await expect(page.locator('rehearse-panel .status')).toHaveText(/^Part 2 of 4: Task, at 0:0[1-9]\.$/);
  await expect(liveClock(page)).toHaveText(atLeast(2));
  await page.getByRole('button', { name: 'Next part' }).click();
  await page.getByRole('button', { name: 'Next part' }).click();
  await expect(page.getByRole('button', { name: 'Next part' })).toBeDisabled();
  await expect(liveClock(page)).toHaveText(atLeast(3));
  await stop(page).click();

  await expect(page.locator('rehearse-panel .status')).toHaveText(/^Stopped at 0:0[234]\. Saved on this device\.$/);
  const audio = page.locator('rehearse-panel .attempt audio');
  await expect(audio).toHaveAttribute('src', /^blob:/);
  // The browser can read the recording: its metadata loads from the blob.
  const readyState = await audio.evaluate((element: HTMLAudioElement) =>
    element.readyState > 0 ? element.readyState : new Promise<number>((resolve) => {
      element.onloadedmetadata = () => resolve(element.readyState);
      element.onerror = () => resolve(-1);
    }),
  );
  expect(readyState).toBeGreaterThan(0);
  await expect(page.locator('[data-duration]')).toHaveText(/^0:0[234]$/);
  await expect(page.locator('rehearse-panel .attempt .meta')).toHaveText(/of about 2:00 · \d+ KB/);
  const split = page.locator('rehearse-panel .split');
  await expect(split).toContainText(/Situation: 0:0[1-9], \d+% \(model 42%\)/);
  await expect(split).toContainText('Result: 0:0');
  await expect(page.getByRole('group', { name: 'Key points: I said this' }).getByRole('checkbox')).toHaveCount(4);
  await expect(page.locator('rehearse-panel .attempt')).toContainText('From your presses (Next part):');
  // Nothing ticked and no transcript: the key points were not checked, and no figure says otherwise.
  await expect(page.getByText('Key points: not checked — tick them, or type what you said.')).toBeVisible();

  const line = await history(page).first().locator('p').first().textContent();
  expect(line).toMatch(/0:0[234] of about 2:00 · Situation 0:0[1-3], Task 0:0\d, Action 0:0\d, Result 0:0\d$/);
  await expect(page.getByText(/^Recordings on this device take \d+ KB/)).toBeVisible();

  await page.reload();
  await openPanel(page);
  await expect(history(page)).toHaveCount(1);
  expect(await history(page).first().locator('p').first().textContent()).toBe(line);

  page.once('dialog', (dialog) => void dialog.accept());
  await history(page).first().getByRole('button', { name: /^Delete/ }).click();
  await expect(history(page)).toHaveCount(0);
  await page.reload();
  await openPanel(page);
  await expect(history(page)).toHaveCount(0);
  await expect(page.getByText('None yet.')).toBeVisible();
});

test('a saved attempt plays back and downloads under its question and date', async ({ page }) => {
  await page.goto(QUESTION);
  await openPanel(page);
  await recordFor(page, [], 1);
  await page.reload();
  await openPanel(page);
  await history(page).first().getByRole('button', { name: /^Play/ }).click();
  await expect(history(page).first().locator('audio')).toHaveAttribute('src', /^blob:/);
  const download = page.waitForEvent('download');
  await history(page).first().getByRole('button', { name: /^Download/ }).click();
  expect((await download).suggestedFilename()).toMatch(/^managing-managers-\d{4}-\d\d-\d\d\.webm$/);
});

test('keys: R records and stops, M marks the next part, Escape stops; off with the shortcuts switch', async ({ page }) => {
  await page.goto(QUESTION);
  await openPanel(page);
  await page.keyboard.press('r');
  await expect(stop(page)).toBeVisible();
  await expect(liveClock(page)).toHaveText(atLeast(1));
  await page.keyboard.press('m');
  await expect(page.locator('rehearse-panel .status')).toHaveText(/^Part 2 of 4: Task/);
  await page.keyboard.press('r');
  await expect(record(page)).toBeVisible();
  await expect(history(page)).toHaveCount(1);

  await page.keyboard.press('r');
  await expect(stop(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(record(page)).toBeVisible();
  await expect(history(page)).toHaveCount(2);

  await page.evaluate(() => localStorage.setItem('study:shortcuts', 'off'));
  await page.keyboard.press('r');
  await expect(stop(page)).toBeHidden();
});

test('taken off the page, the panel lets go of it: a recording in progress is kept, and it listens again once it is back', async ({ page }) => {
  await page.goto(QUESTION);
  await openPanel(page);
  await page.keyboard.press('r');
  await expect(liveClock(page)).toHaveText(atLeast(1));
  const open = await pageListeners(page);
  await page.evaluate(() => {
    const recorder = document.querySelector('rehearse-recorder')!;
    (window as unknown as { recorder: Element }).recorder = recorder;
    recorder.remove();
  });
  expect(letGo(open, await pageListeners(page))).toEqual({ document: ['keydown', 'rehearsals-changed'], window: ['pagehide'] });
  await expect.poll(async () => (await keptAttempts(page)).length).toBe(1);

  await page.evaluate(() => document.querySelector('rehearse-panel .rehearse-body')!.append((window as unknown as { recorder: Element }).recorder));
  expect(letGo(open, await pageListeners(page))).toEqual({ document: [], window: [] });
  await page.keyboard.press('r');
  await expect(stop(page)).toBeVisible();
  await page.keyboard.press('r');
  await expect(page.locator('rehearse-panel .status')).toHaveText(/Saved on this device\.$/);
  expect(await keptAttempts(page)).toHaveLength(2);
});

test('on the practice card: the panel follows the card; switching card while recording stops and keeps it', async ({ page }) => {
  await page.goto('/practice/');
  await openPanel(page);
  await record(page).click();
  await expect(liveClock(page)).toHaveText(atLeast(1));
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(record(page)).toBeVisible();
  await expect(page.getByText(/^Question 2 of 5/)).toBeVisible();
  // The open panel has the new card's answer fetched: what it reads is that card's, before any Reveal.
  await expect(page.locator('rehearse-panel')).toHaveAttribute('data-rehearse', /"id":"upward-influence".*"keyPoints":\["/);
  await expect(history(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Previous' }).click();
  await expect(history(page)).toHaveCount(1);
  await expect(history(page).first()).toContainText('of about 2:00');
});

test('leaving the page while recording keeps what was recorded (saved every 5 s as it goes)', async ({ page }) => {
  await page.goto(QUESTION);
  await openPanel(page);
  await record(page).click();
  await expect(liveClock(page)).toHaveText(atLeast(6), { timeout: 10_000 });
  await page.getByRole('link', { name: 'Practice', exact: true }).first().click();
  await expect(page).toHaveURL(/\/practice\/$/);
  await page.goto(QUESTION);
  await openPanel(page);
  await expect(history(page)).toHaveCount(1);
  await expect(history(page).first()).toContainText(/· 0:(0[5-9]|1\d) of about 2:00/);
});

test('a typed transcript: pace, filler words, what an interviewer hears, key points pre-ticked, and a tick you change is kept', async ({ page }) => {
  await page.goto(QUESTION);
  await openPanel(page);
  await recordFor(page, [1], 2);
  const transcript = 'Um, I asked him what only he could do. We made a 30-day plan: 50% of his time mentoring, like, basically.';
  await page.getByRole('textbox', { name: 'Transcript' }).fill(transcript);
  const analysis = page.locator('rehearse-panel .analysis');
  await expect(analysis).toContainText(/Pace\s*\d+ words a minute, faster than the 130–160/);
  await expect(analysis).toContainText('(“um” 1, “like” 1, “basically” 1)');
  // Too few words to find the parts from, and one press: nothing is said of the action or the result.
  const heard = page.locator('rehearse-panel .signals');
  await expect(heard).toContainText('From your transcript (mark the parts as you speak to hear of your action and result):');
  await expect(heard.getByRole('listitem')).toHaveText(['✓No hedges: you sound sure.', '!No lesson heard: say what you learned.', '!Short: under a third of its time. Tell each part.']);
  await expect(analysis).toContainText('From your transcript:');
  const plan = page.getByRole('checkbox', { name: /^30-day plan/ });
  await expect(plan).toBeChecked();
  await expect(page.getByText('Key points 1 of 4, from your transcript', { exact: true })).toBeVisible();
  // The list of attempts gives no key points the transcript found: only the ones the person ticks.
  await expect(history(page).first().locator('p').first()).toHaveText(/Result – · \d+ words a minute$/);

  await page.getByRole('checkbox', { name: /^Learning:/ }).check();
  await plan.uncheck();
  await expect(page.getByText('Key points 1 of 4, from your ticks', { exact: true })).toBeVisible();
  // Typing more does not undo a tick the person set.
  await page.getByRole('textbox', { name: 'Transcript' }).pressSequentially(' Thirty day plan again.');
  await expect(plan).not.toBeChecked();
  await expect(history(page).first()).toContainText(/Key points 1\/4 ticked · \d+ words a minute/);
  await page.reload();
  await openPanel(page);
  await expect(history(page).first()).toContainText('Key points 1/4 ticked');
});

test('on-device speech recognition: a live transcript, asked for with processLocally, fills the transcript box', async ({ page }) => {
  await stubRecognition(page, { status: 'available', says: 'I made a 30-day plan, 50% of his time mentoring' });
  await page.goto(QUESTION);
  await openPanel(page);
  await expect(page.getByText('A live transcript is made on this device as you record.')).toBeVisible();
  await record(page).click();
  await expect(page.locator('rehearse-panel .heard')).toHaveText('I made a 30-day plan, 50% of his time mentoring');
  await stop(page).click();
  await expect(page.getByRole('textbox', { name: 'Transcript' })).toHaveValue('I made a 30-day plan, 50% of his time mentoring');
  await expect(page.getByRole('checkbox', { name: /^30-day plan/ })).toBeChecked();
  expect(await recognitionLog(page)).toEqual([{ available: { langs: ['en-US'], processLocally: true } }, { start: { processLocally: true, lang: 'en-US' } }]);
});

test('without on-device recognition none is started, and one line says so', async ({ page }) => {
  await page.addInitScript(() => {
    const log = ((window as unknown as { started: number }).started = 0);
    void log;
    class ServerRecognition extends EventTarget {
      static available = async () => 'unavailable';
      get processLocally() {
        return false;
      }
      set processLocally(_: boolean) {}
      start() {
        (window as unknown as { started: number }).started++;
      }
      stop() {}
    }
    Object.assign(window, { SpeechRecognition: ServerRecognition, webkitSpeechRecognition: ServerRecognition });
  });
  await page.goto(QUESTION);
  await openPanel(page);
  await expect(page.getByText('No live transcript: this browser has no speech recognition on the device.')).toBeVisible();
  await recordFor(page, [], 1);
  expect(await page.evaluate(() => (window as unknown as { started: number }).started)).toBe(0);
});

test('recognition the browser could fetch is offered from a click, not started until it is on the device', async ({ page }) => {
  await stubRecognition(page, { status: 'downloadable', install: 'succeeds', says: 'I made a 30-day plan' });
  await page.goto(QUESTION);
  await openPanel(page);
  await expect(page.getByText('For a live transcript, this browser can fetch English speech recognition once; it then runs on this device and your audio never leaves it.')).toBeVisible();
  await recordFor(page, [], 1);
  expect((await recognitionLog(page)).filter((entry) => 'start' in (entry as object))).toEqual([]);
  await page.getByRole('button', { name: 'Get English speech recognition on this device' }).click();
  await expect(page.locator('rehearse-panel').getByRole('status').filter({ hasText: 'Ready' })).toBeVisible();
  await expect(page.getByText('Ready: a live transcript is made on this device as you record.')).toBeVisible();
  await record(page).click();
  await expect(page.locator('rehearse-panel .heard')).toHaveText('I made a 30-day plan');
  await stop(page).click();
  expect(await recognitionLog(page)).toEqual([
    { available: { langs: ['en-US'], processLocally: true } },
    { install: { langs: ['en-US'], processLocally: true } },
    { available: { langs: ['en-US'], processLocally: true } },
    { start: { processLocally: true, lang: 'en-US' } },
  ]);
});

test('a live transcript that fails (language not supported) says so and leaves the typed transcript', async ({ page }) => {
  await stubRecognition(page, { status: 'available', error: 'language-not-supported' });
  await page.goto(QUESTION);
  await openPanel(page);
  await record(page).click();
  await expect(page.getByRole('alert')).toHaveText('The live transcript stopped (language-not-supported): type or paste what you said afterwards.');
  await stop(page).click();
  await expect(page.getByRole('textbox', { name: 'Transcript' })).toHaveValue('');
});

test('a follow-up after an attempt, with a 30-second clock; asked while recording, it is marked in the attempt', async ({ page }) => {
  await page.goto(QUESTION);
  await openPanel(page);
  await recordFor(page, [], 1);
  await page.getByRole('button', { name: 'Ask me a follow-up' }).click();
  const box = page.locator('rehearse-panel .follow-up');
  await expect(box).toContainText('Follow-up: What would you do differently if you faced this again?');
  await expect(box.getByRole('timer')).toHaveText(/^0:(30|29)$/);
  await expect(box.getByRole('timer')).toHaveText(/^0:2\d$/);

  await record(page).click();
  await expect(page.locator('rehearse-panel .status')).toHaveText(/^Recording\./);
  await expect(liveClock(page)).toHaveText(atLeast(1));
  await page.getByRole('button', { name: 'Ask me a follow-up' }).click();
  await expect(box).toContainText('Follow-up: How did you measure success?');
  await expect(page.locator('rehearse-panel .status')).toContainText('Marked in this recording.');
  await expect(liveClock(page)).toHaveText(atLeast(2));
  await stop(page).click();
  await expect(history(page).first()).toContainText('follow-up taken');
});

test('microphone refused: a plain message, and practice still works', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
  });
  await page.goto('/practice/');
  await openPanel(page);
  await record(page).click();
  await expect(page.getByRole('alert')).toHaveText('Microphone access was refused: allow it in this site’s settings to record. The timer and everything else still work.');
  await expect(record(page)).toBeVisible();
  await page.getByRole('button', { name: 'Reveal answer' }).click();
  await page.getByRole('button', { name: 'Getting there' }).click();
  await expect(page.getByText('1 of 5 practised, 1 getting there')).toBeVisible();
});

test('no microphone: "No microphone was found."', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Requested device not found', 'NotFoundError'));
  });
  await page.goto(QUESTION);
  await openPanel(page);
  await record(page).click();
  await expect(page.getByRole('alert')).toHaveText('No microphone was found.');
});

test('a browser without MediaRecorder: no Record button, one line, follow-ups still offered', async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { MediaRecorder?: unknown }).MediaRecorder;
  });
  await page.goto(QUESTION);
  await openPanel(page);
  await expect(page.getByText('This browser cannot record audio. The timer, the transcript box and the follow-ups still work.')).toBeVisible();
  await expect(record(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Ask me a follow-up' }).click();
  await expect(page.locator('rehearse-panel .follow-up')).toContainText('Follow-up:');
});

test('storage full on save: the recording stays playable and downloadable here; earlier attempts are untouched', async ({ page }) => {
  await page.goto(QUESTION);
  await openPanel(page);
  await recordFor(page, [], 1);
  await expect(history(page)).toHaveCount(1);
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (this.name === 'audio') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await recordFor(page, [], 1, false);
  await expect(page.getByRole('alert')).toContainText('This device’s storage is full, so the recording was not saved.');
  await expect(page.locator('rehearse-panel .attempt audio')).toHaveAttribute('src', /^blob:/);
  const download = page.waitForEvent('download');
  await page.locator('rehearse-panel .attempt').getByRole('button', { name: 'Download' }).click();
  expect((await download).suggestedFilename()).toMatch(/^managing-managers-.*\.webm$/);
  await page.reload();
  await openPanel(page);
  await expect(history(page)).toHaveCount(1);
});

test('IndexedDB unavailable (a private window): said when reading and when saving; recording still plays', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get() {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    });
  });
  await page.goto(QUESTION);
  await openPanel(page);
  await expect(page.getByText('Saved attempts cannot be read in this browser (a private window may not allow it). Recording still works.')).toBeVisible();
  await recordFor(page, [], 1, false);
  await expect(page.getByRole('alert')).toContainText('This browser would not let the site save recordings');
  await expect(page.locator('rehearse-panel .attempt audio')).toHaveAttribute('src', /^blob:/);
});

test('a corrupt record in the store is skipped and reported once; the rest still show', async ({ page }) => {
  await page.goto(QUESTION);
  await openPanel(page);
  await recordFor(page, [], 1);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('study-rehearsals');
        open.onsuccess = () => {
          const tx = open.result.transaction('attempts', 'readwrite');
          tx.objectStore('attempts').put({ id: 'junk', question: 'managing-managers', version: 1, seconds: 'long' });
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  await openPanel(page);
  await expect(page.getByRole('alert')).toHaveText('Saved attempts that could not be read, left out: 1. Nothing else is affected.');
  await expect(history(page)).toHaveCount(1);
});

test('export carries the attempts (not the audio); delete all recordings; import brings them back', async ({ page }) => {
  await page.goto('/practice/');
  await openPanel(page);
  await recordFor(page, [], 1);
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = await (await exported).path();
  const data = JSON.parse(readFileSync(file, 'utf8')) as { attempts: { question: string; bytes: number }[] };
  expect(data.attempts).toHaveLength(1);
  expect(data.attempts[0]).toMatchObject({ question: 'managing-managers', version: 2 });
  await expect(page.getByText('Progress exported with 1 rehearsal attempt (their audio stays on this device).')).toBeVisible();

  page.once('dialog', (dialog) => void dialog.accept());
  await page.locator('progress-tools').getByRole('button', { name: 'Delete all recordings' }).click();
  await expect(page.getByText('All recordings deleted.')).toBeVisible();
  await expect(history(page)).toHaveCount(0);

  await page.locator('input[data-import]').setInputFiles(file);
  await expect(page.getByText('Imported 0 newer ratings and 1 new rehearsal attempt (without audio).')).toBeVisible();
  await expect(history(page)).toHaveCount(1);
  await expect(history(page).first()).toContainText('Imported without its audio');
  await expect(history(page).first().getByRole('button', { name: /^Play/ })).toBeDisabled();
});

test('under the content security policy as a header, recording and playback raise no violation', async ({ page }) => {
  const problems = await watch(page);
  await page.goto(QUESTION);
  await openPanel(page);
  await recordFor(page, [1], 2);
  await history(page).first().getByRole('button', { name: /^Play/ }).click();
  await expect(history(page).first().locator('audio')).toHaveAttribute('src', /^blob:/);
  await page.waitForTimeout(300);
  expect(problems).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no axe violations while recording, stopped and analysed, at 390 px with touch, in ${colorScheme}`, async ({ browser, baseURL }) => {
    // Four axe runs and a recording, slow while other workers run theirs.
    test.setTimeout(90_000);
    const context = await browser.newContext({ baseURL: baseURL!, viewport: { width: 390, height: 844 }, hasTouch: true, colorScheme });
    const page = await context.newPage();
    const axe = async (state: string) => {
      const { violations } = await new AxeBuilder({ page }).include('rehearse-panel').withTags(AXE_TAGS).analyze();
      expect(violations.map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    };
    await page.goto('/practice/');
    await openPanel(page);
    await axe('open');
    await record(page).tap();
    await expect(liveClock(page)).toHaveText(atLeast(1));
    await axe('recording');
    await page.getByRole('button', { name: 'Next part' }).tap();
    await stop(page).tap();
    await expect(page.locator('rehearse-panel .attempt')).toBeVisible();
    await axe('stopped');
    await page.getByRole('textbox', { name: 'Transcript' }).fill('Um, I set a 30-day plan. We, like, shipped it.');
    await page.getByRole('button', { name: 'Ask me a follow-up' }).tap();
    await axe('analysed');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await context.close();
  });
}

test('a save that never finishes (IndexedDB never answers) is said within 5 s; the recording still plays and downloads', async ({ page }) => {
  await page.goto(QUESTION);
  await openPanel(page);
  // From now on every put is a request that never settles, as WebKit refusing audio sometimes does.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function () {
      return Object.setPrototypeOf(new EventTarget(), IDBRequest.prototype) as IDBRequest<IDBValidKey>;
    };
  });
  await record(page).click();
  await expect(liveClock(page)).toHaveText(atLeast(1));
  await stop(page).click();
  await expect(page.locator('rehearse-panel .status')).toHaveText(/^Stopped at 0:0\d\.$/);
  await expect(page.getByRole('alert')).toContainText('This browser would not let the site save recordings', { timeout: 5000 });
  await expect(page.getByRole('alert')).toContainText('This recording stays playable and downloadable on this page');
  await expect(page.locator('rehearse-panel .status')).not.toContainText('Saved');
  const audio = page.locator('rehearse-panel .attempt audio');
  await expect(audio).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => audio.evaluate((element: HTMLAudioElement) => element.readyState)).toBeGreaterThan(0);
  const download = page.waitForEvent('download');
  await page.locator('rehearse-panel .attempt').getByRole('button', { name: 'Download' }).click();
  expect((await download).suggestedFilename()).toMatch(/^managing-managers-.*\.webm$/);
});
