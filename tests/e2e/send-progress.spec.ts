import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, test } from './helpers/seed.ts';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { watch } from './helpers/csp-watch.ts';
import { AXE_TAGS } from './helpers/site.ts';

// "Send to another device": progress travels in a link's fragment, shown as a QR code, and is
// merged on the /import/ page of another browser (a fresh context here).
const DAMAGED = 'This link is damaged or incomplete: nothing was imported.';
const NEWER = 'This link comes from a newer version of the site: update this page (reload) and open it again.';

const reveal = (page: Page) => page.getByRole('button', { name: 'Reveal answer' });
const sendButton = (page: Page) => page.getByRole('button', { name: 'Send to another device' });
const linkField = (page: Page) => page.getByLabel(/^Link \(/);
const message = (page: Page) => page.locator('progress-import [data-message]');

/** Stored progress: per id a rating and the day of November 2026 it was given. */
const progressOf = (ratings: Record<string, [string, number]>) =>
  JSON.stringify({
    version: 1,
    questions: Object.fromEntries(Object.entries(ratings).map(([id, [rating, day]]) => [id, { rating, at: new Date(Date.UTC(2026, 10, day, 9)).toISOString() }])),
  });

/** Version 1 progress as a page moves it to version 2 on load: one review each, from practice, oldest first. */
const asVersion2 = (v1: string) =>
  JSON.stringify({
    version: 2,
    reviews: Object.entries(JSON.parse(v1).questions as Record<string, { rating: string; at: string }>)
      .map(([q, { rating, at }]) => ({ q, r: rating, at, from: 'practice' }))
      .sort((a, b) => Date.parse(a.at) - Date.parse(b.at)),
  });

/** The last rating of each question in stored progress (version 2). */
const lastRatings = (text: string) =>
  Object.fromEntries((JSON.parse(text).reviews as { q: string; r: string; at: string }[]).map(({ q, r, at }) => [q, { rating: r, at }]));

/** A browser context whose localStorage starts with `items`. */
async function contextWith(browser: Browser, items: Record<string, string> = {}): Promise<BrowserContext> {
  // At 2 device pixels per CSS pixel, as on most laptops: the screenshot resolves a dense code.
  const context = await browser.newContext({ deviceScaleFactor: 2 });
  await context.addInitScript((items) => {
    // Once per tab, so a reload or the next page sees what the site wrote meanwhile.
    if (location.protocol !== 'http:' || sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
  }, items);
  return context;
}

/** Opens the send panel on /practice/ and returns the link it offers. */
async function sendLink(page: Page): Promise<string> {
  if (!page.url().endsWith('/practice/')) await page.goto('/practice/');
  await sendButton(page).click();
  await expect(sendButton(page)).toHaveAttribute('aria-expanded', 'true');
  return linkField(page).inputValue();
}

/** Reads the QR code on the page from a screenshot, as a phone's camera would. */
async function scan(page: Page): Promise<string | undefined> {
  const png = PNG.sync.read(await page.getByRole('img', { name: 'QR code of the link to your progress' }).screenshot());
  return jsQR(Uint8ClampedArray.from(png.data), png.width, png.height)?.data;
}

/** Closes contexts once the CSP watch's routes in flight (a late favicon) are let go. */
async function close(...contexts: BrowserContext[]) {
  for (const context of contexts) {
    for (const page of context.pages()) await page.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  }
}

const stored = (page: Page) => page.evaluate(() => ({ ...localStorage }));

/** Every request of a context: the URL and any body. */
function requestsOf(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on('request', (request) => seen.push(`${request.url()} ${request.postData() ?? ''}`));
  return seen;
}

test('send: the QR code holds the link; a fresh browser imports both ratings; nothing leaves the site and the payload reaches no server', async ({ browser, baseURL }) => {
  // Two browsers and a screenshot read back: slow on a loaded machine (two suites at once took over 30 s).
  test.setTimeout(60_000);
  const sender = await browser.newContext({ deviceScaleFactor: 2 });
  await sender.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  const sent = requestsOf(sender);
  const page = await sender.newPage();
  const problems = await watch(page);
  await page.goto('/practice/');
  await reveal(page).click();
  await page.getByRole('button', { name: 'Nailed it' }).click();
  // The rating moves on to the next card by itself.
  await expect(page.getByText(/^Question 2 of 5: /)).toBeVisible();
  await reveal(page).click();
  await page.getByRole('button', { name: 'Needs work' }).click();

  const link = await sendLink(page);
  // Version 2 of the link: every rating (the review log).
  expect(link).toMatch(new RegExp(`^${baseURL}/import/#2\\.[\\w-]+$`));
  await expect(page.getByText(`Link (${link.length} characters)`)).toBeVisible();
  await expect(page.getByText('The link below carries 2 ratings.')).toBeVisible();
  await expect(page.getByText('anyone who has the link can read your ratings')).toBeVisible();
  expect(await scan(page)).toBe(link);
  // Chromium on Linux has no share sheet: no button that would do nothing.
  await expect(page.getByRole('button', { name: 'Share…' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  // The panel closes and opens again from its button.
  await sendButton(page).click();
  await expect(linkField(page)).toBeHidden();
  await sendButton(page).click();
  await expect(linkField(page)).toHaveValue(link);

  const receiver = await browser.newContext();
  const received = requestsOf(receiver);
  const phone = await receiver.newPage();
  const phoneProblems = await watch(phone);
  await phone.goto(link);
  await expect(phone.getByText('2 ratings, 2 newer than this device’s.')).toBeVisible();
  await expect(phone.getByRole('listitem').filter({ hasText: /^Managing Managers: Nailed it, \d+ \w+ 2026, new to this device$/ })).toBeVisible();
  await expect(phone.getByRole('listitem').filter({ hasText: /^Upward Management & Influence: Needs work/ })).toBeVisible();
  expect(await stored(phone)).not.toHaveProperty('study:progress');
  await phone.getByRole('button', { name: 'Import' }).click();
  await expect(message(phone)).toHaveText('Imported 2 newer ratings.');
  expect(phone.url()).toBe(`${baseURL}/import/`);
  expect(await phone.evaluate(() => location.hash)).toBe('');
  await phone.getByRole('link', { name: 'Go to practice' }).click();
  await expect(phone.getByText('2 of 5 practised, 1 needs work, 1 nailed it')).toBeVisible();
  expect([...problems, ...phoneProblems]).toEqual([]);

  const payload = link.split('#')[1]!;
  for (const request of [...sent, ...received]) {
    expect(request.startsWith(`${baseURL}/`), request).toBe(true);
    expect(request.includes(payload.slice(2, 40)), request).toBe(false);
  }
  await close(sender, receiver);
});

test('merge: an older incoming rating leaves a newer one alone; settings and the cheat-sheet choice only when ticked', async ({ browser }) => {
  const sender = await contextWith(browser, {
    'study:progress': progressOf({ 'managing-managers': ['nailed-it', 10], 'upward-influence': ['nailed-it', 12] }),
    'study:theme': 'dark',
    'study:shortcuts': 'off',
    'study:cheat-sheet': '["inclusive-culture"]',
  });
  const link = await sendLink(await sender.newPage());

  const here = progressOf({ 'managing-managers': ['needs-work', 20], 'upward-influence': ['getting-there', 5] });
  const receiver = await contextWith(browser, { 'study:progress': here });
  const phone = await receiver.newPage();
  await phone.goto(link);
  await expect(phone.getByText('2 ratings, 1 newer than this device’s.')).toBeVisible();
  await expect(phone.getByRole('listitem').filter({ hasText: 'Upward Management' })).toHaveText(
    'Upward Management & Influence: Nailed it, 12 Nov 2026, replaces Getting there, 5 Nov 2026',
  );
  await expect(phone.getByRole('listitem').filter({ hasText: 'Managing Managers' })).toHaveText(
    'Managing Managers: Nailed it, 10 Nov 2026, left out: this device’s Needs work, 20 Nov 2026 is newer',
  );
  await expect(phone.getByLabel(/Also take the settings/)).toHaveAccessibleName(
    'Also take the settings: dark theme, single-key shortcuts off, 1 question left off the cheat sheet',
  );
  await phone.getByRole('button', { name: 'Import' }).click();
  await expect(message(phone)).toHaveText('Imported 1 newer rating.');
  const after = await stored(phone);
  const questions = lastRatings(after['study:progress']!);
  expect(questions['managing-managers']).toEqual(JSON.parse(here).questions['managing-managers']);
  expect(questions['upward-influence']!.rating).toBe('nailed-it');
  // Both devices' reviews, each once: this device's two (moved to version 2 on load) and the link's
  // two; the older one is kept in the log, the last rating stays this device's.
  expect(JSON.parse(after['study:progress']!).reviews).toHaveLength(4);
  expect(after).not.toHaveProperty('study:theme');
  expect(after).not.toHaveProperty('study:shortcuts');
  expect(after).not.toHaveProperty('study:cheat-sheet');

  // The same link again, this time with the settings.
  await phone.goto(link);
  await expect(phone.getByText('2 ratings, 0 newer than this device’s.')).toBeVisible();
  await phone.getByLabel(/Also take the settings/).check();
  await phone.getByRole('button', { name: 'Import' }).click();
  await expect(message(phone)).toHaveText('Imported 0 newer ratings. Your settings are taken too; they apply from the next page you open.');
  // The sender kept its sheet as before versions (a bare list): this device keeps it as this version does.
  expect(await stored(phone)).toMatchObject({ 'study:theme': 'dark', 'study:shortcuts': 'off', 'study:cheat-sheet': '{"off":["inclusive-culture"],"version":1}' });
  await phone.goto('/practice/');
  expect(await phone.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
  await expect(phone.getByRole('checkbox', { name: 'Single-key shortcuts' })).not.toBeChecked();
  await close(sender, receiver);
});

test('a damaged, empty or newer link says so, offers no Import, and changes nothing', async ({ browser }) => {
  const sender = await contextWith(browser, { 'study:progress': progressOf({ 'managing-managers': ['nailed-it', 10] }) });
  const link = await sendLink(await sender.newPage());
  const [address, fragment] = link.split('#') as [string, string];
  const middle = fragment.length >> 1;

  const here = { 'study:progress': progressOf({ 'managing-managers': ['needs-work', 2] }), 'study:theme': 'light' };
  const receiver = await contextWith(browser, here);
  const phone = await receiver.newPage();
  const problems = await watch(phone);
  for (const [bad, text] of [
    [`${address}#${fragment.slice(0, middle)}${fragment.slice(middle + 6)}`, DAMAGED],
    [`${address}#${fragment.slice(0, -10)}`, DAMAGED],
    [`${address}#`, DAMAGED],
    [`${address}#hello`, DAMAGED],
    [`${address}#${fragment.replace(/^2\./, '3.')}`, NEWER],
  ] as const) {
    await phone.goto(bad);
    await expect(message(phone), bad).toHaveText(text);
    await expect(phone.getByRole('button', { name: 'Import' })).toBeHidden();
    expect(await stored(phone)).toEqual({ ...here, 'study:progress': here['study:progress'] });
  }
  // Without any fragment the page only explains itself.
  await phone.goto(address);
  await expect(phone.getByText('On the device that has your progress, open Practice')).toBeVisible();
  await expect(message(phone)).toBeEmpty();
  expect(problems).toEqual([]);
  await close(sender, receiver);
});

test('storage full or unavailable on the receiving device: said, and nothing half-written', async ({ browser }) => {
  // A sender with a rehearsal attempt (imported from a file, as the progress tools do).
  const sender = await contextWith(browser, { 'study:progress': progressOf({ 'managing-managers': ['nailed-it', 10] }), 'study:theme': 'dark' });
  const page = await sender.newPage();
  await page.goto('/practice/');
  const attempt = { version: 1, id: 'from-laptop', question: 'managing-managers', at: '2026-11-20T09:00:00.000Z', seconds: 95, target: 120, marks: [20, 30, 70], keyPoints: [true, true, false, false], transcript: 'I asked him what only he could do.', type: 'audio/webm', bytes: 0 };
  await page.getByLabel('Import progress').setInputFiles({
    name: 'laptop.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ version: 1, questions: JSON.parse(progressOf({ 'managing-managers': ['nailed-it', 10] })).questions, attempts: [attempt] })),
  });
  await expect(page.getByText('and 1 new rehearsal attempt (without audio)')).toBeVisible();
  const link = await sendLink(page);
  await expect(page.getByText('The link below carries 1 rating, 1 rehearsal attempt (without audio) and your settings.')).toBeVisible();

  // localStorage refuses every write.
  const here = { 'study:progress': progressOf({ 'upward-influence': ['needs-work', 2] }) };
  const full = await contextWith(browser, here);
  const phone = await full.newPage();
  await phone.goto(link);
  await expect(phone.getByText('1 rehearsal attempt (notes and timings, without audio): those not on this device yet are added.')).toBeVisible();
  await phone.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await phone.getByLabel(/Also take the settings/).check();
  await phone.getByRole('button', { name: 'Import' }).click();
  await expect(message(phone)).toHaveText('This device would not save the progress (its storage is full or turned off): nothing was imported.');
  // As it was when the page opened (version 1 moved to version 2 on load), nothing of the link's.
  expect(await stored(phone)).toEqual({ 'study:progress': asVersion2(here['study:progress']) });
  expect(phone.url()).toBe(link);

  // IndexedDB refuses the attempt: the ratings and settings written first are put back.
  const noDatabase = await contextWith(browser, here);
  await noDatabase.addInitScript(() => {
    const add = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<typeof add>) {
      if (this.name === 'attempts') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.apply(this, args);
    };
  });
  const tablet = await noDatabase.newPage();
  await tablet.goto(link);
  await tablet.getByLabel(/Also take the settings/).check();
  await tablet.getByRole('button', { name: 'Import' }).click();
  await expect(message(tablet)).toHaveText('Nothing was imported: this device would not save the rehearsal attempts (QuotaExceededError).');
  expect(await stored(tablet)).toEqual({ 'study:progress': asVersion2(here['study:progress']) });

  // And where storage works, the attempt arrives with the ratings.
  const fine = await contextWith(browser, here);
  const laptop = await fine.newPage();
  await laptop.goto(link);
  await laptop.getByRole('button', { name: 'Import' }).click();
  await expect(message(laptop)).toHaveText('Imported 1 newer rating and 1 new rehearsal attempt.');
  await laptop.goto('/questions/managing-managers/');
  await laptop.locator('summary', { hasText: 'Rehearse aloud' }).click();
  await expect(laptop.locator('rehearse-panel .history > li')).toHaveCount(1);
  await close(sender, full, noDatabase, fine);
});

test('a long history: the QR code leaves out the oldest attempts and says so; the copied link carries them all', async ({ browser }) => {
  const sender = await contextWith(browser);
  const page = await sender.newPage();
  await page.goto('/practice/');
  // Transcripts that do not compress away, so the link outgrows what a QR code should carry.
  const words = (seed: number) => Array.from({ length: 50 }, (_, i) => ((seed * 7919 + i * 104729) % 99991).toString(36)).join(' ');
  const attempts = Array.from({ length: 12 }, (_, i) => ({
    version: 1, id: `a${i}`, question: 'managing-managers', at: new Date(Date.UTC(2026, 10, 1 + i)).toISOString(),
    seconds: 90, target: 120, marks: [], keyPoints: [], transcript: words(i), type: 'audio/webm', bytes: 0,
  }));
  await page.getByLabel('Import progress').setInputFiles({
    name: 'history.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ version: 1, questions: {}, attempts })),
  });
  await expect(page.getByText('and 12 new rehearsal attempts')).toBeVisible();
  const link = await sendLink(page);
  expect(link.length).toBeGreaterThan(2000);
  const note = page.getByText(/^To stay easy to scan, the code leaves out the oldest: \d+ rehearsal attempts; the link you copy carries them all\.$/);
  await expect(note).toBeVisible();
  const left = Number(/\d+/.exec((await note.textContent())!)![0]);
  const scanned = (await scan(page))!;
  expect(scanned.length).toBeLessThanOrEqual(2000);
  expect(scanned).not.toBe(link);

  for (const [address, count] of [[scanned, 12 - left], [link, 12]] as const) {
    const receiver = await browser.newContext();
    const phone = await receiver.newPage();
    await phone.goto(address);
    await expect(phone.getByText(`${count} rehearsal attempts (notes and timings, without audio)`)).toBeVisible();
    await close(receiver);
  }
  await close(sender);
});

test('the panel and the import preview: no axe violations in light and dark, no sideways scroll at 320 px', async ({ browser }) => {
  // Four axe runs, slow while other workers run theirs.
  test.setTimeout(90_000);
  const sender = await contextWith(browser, { 'study:progress': progressOf({ 'managing-managers': ['nailed-it', 10] }), 'study:theme': 'dark' });
  const page = await sender.newPage();
  const link = await sendLink(page);
  const receiver = await browser.newContext();
  const phone = await receiver.newPage();
  await phone.goto(link);
  await expect(phone.getByRole('button', { name: 'Import' })).toBeVisible();
  for (const [view, include] of [[page, 'send-progress'], [phone, 'main']] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await view.emulateMedia({ colorScheme });
      await view.evaluate((scheme) => (document.documentElement.dataset['theme'] = scheme), colorScheme);
      const { violations } = await new AxeBuilder({ page: view }).include(include).withTags(AXE_TAGS).analyze();
      expect(violations.map((v) => `${include} ${colorScheme}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
    await view.setViewportSize({ width: 320, height: 700 });
    expect(await view.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  }
  // The code stays black on white in the dark theme, so cameras read it.
  expect(await scan(page)).toBe(link);
  await close(sender, receiver);
});

test('with JavaScript off, /import/ says that importing needs it', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/import/#1.abc');
  await expect(page.getByText('Importing progress needs JavaScript, which is off in this browser: nothing was imported.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import' })).toBeHidden();
  await context.close();
});

test('where the system has a share sheet, Share… hands it the same link', async ({ browser }) => {
  const sender = await contextWith(browser, { 'study:progress': progressOf({ 'managing-managers': ['nailed-it', 10] }) });
  await sender.addInitScript(() => {
    Object.defineProperty(navigator, 'share', {
      value: async (data: ShareData) => void ((window as unknown as { shared: ShareData }).shared = data),
    });
  });
  const page = await sender.newPage();
  const link = await sendLink(page);
  await page.getByRole('button', { name: 'Share…' }).click();
  expect(await page.evaluate(() => (window as unknown as { shared: ShareData }).shared)).toEqual({ url: link });
  await close(sender);
});
