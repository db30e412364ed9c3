import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, SEED_CONTENT, SEED_DIST, test } from './helpers/seed.ts';
import { runBuild } from '../../src/cli/run-build.ts';
import { copyProject } from '../../src/cli/temp-project.ts';
import { AXE_TAGS, builtPages, testPort } from './helpers/site.ts';
import { StaticHost } from './helpers/static-server.ts';

// Offline use needs a host that can go away: these tests serve the built site themselves, each on its
// own port (a service worker belongs to its origin), and take the network away by stopping the host
// as well as emulating offline (the emulation may not cover the worker's own fetches).
test.describe.configure({ mode: 'serial' });

const SENTENCE = 'My role shifts from a director to a coach.';
const CHANGED = 'My role shifts from a director to a coach, and I say so on day one.';
const scratch = mkdtempSync(join(tmpdir(), 'study-offline-'));
const copies: string[] = [];
let nextDist = '';
let prepDist = '';

test.beforeAll(() => {
  test.setTimeout(240_000);
  // The next deploy: one answer sentence changed.
  const next = copyProject('study-offline-next-', SEED_CONTENT);
  copies.push(next);
  const entry = join(next, 'content/questions/managing-managers.mdx');
  writeFileSync(entry, readFileSync(entry, 'utf8').replace(SENTENCE, CHANGED));
  runBuild(next);
  nextDist = join(next, 'dist');
  // The same site under a sub-path.
  const prep = copyProject('study-offline-prep-', SEED_CONTENT);
  copies.push(prep);
  runBuild(prep, { BASE_PATH: '/prep/' });
  prepDist = join(prep, 'dist');
});

test.afterAll(() => {
  for (const dir of [scratch, ...copies]) rmSync(dir, { recursive: true, force: true });
});

/** A fresh browser profile on `host`, its console errors collected. */
async function visitor(browser: Browser, host: StaticHost) {
  const context = await browser.newContext({ baseURL: host.origin });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  return { context, page, errors };
}

/** Waits until the page is controlled by an active worker and the footer says so. */
async function untilOffline(page: Page) {
  await expect(page.getByText('Available offline')).toBeVisible({ timeout: 30_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

async function goOffline(context: BrowserContext, host: StaticHost) {
  await host.stop();
  await context.setOffline(true);
}

test('after one visit, with no network: every page, search, practice, the cheat sheet, the Anki deck, the unseen questions; an unsaved address gets the offline page', async ({ browser }) => {
  test.setTimeout(120_000);
  const host = new StaticHost(SEED_DIST, testPort(4341));
  await host.start();
  const { context, page } = await visitor(browser, host);
  await page.goto('/');
  await untilOffline(page);
  await goOffline(context, host);

  for (const path of builtPages(SEED_DIST).filter((path) => path !== '/404.html')) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
  }

  await page.goto('/search/?q=paved+road');
  await expect(page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 2 }).first()).toHaveText('Navigating Conflict in a Matrixed Organization');

  await page.goto('/practice/');
  await page.getByRole('button', { name: 'Reveal answer' }).click();
  // The answer comes from its question page, which the worker keeps.
  await expect(page.getByText('My philosophy for managing managers')).toBeVisible();
  await page.getByRole('button', { name: 'Nailed it' }).click();
  await expect(page.getByText('1 of 5 practised, 1 nailed it')).toBeVisible();
  // The study plan is worked out again with FSRS, from the device, and the home page says what is due.
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('study:schedule') ?? '{}').next?.['managing-managers'])).toMatch(/^\d{4}-\d\d-\d\d$/);
  await page.goto('/');
  await expect(page.locator('study-plan [data-due]')).toHaveText('4 questions due today');
  await page.getByLabel('Date', { exact: true }).fill(new Date(Date.now() + 10 * 86_400_000).toLocaleDateString('en-CA'));
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('study-plan [data-when]')).toHaveText(/^Interview in 10 days · /);
  const calendar = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add the plan to my calendar' }).click();
  expect(readFileSync(await (await calendar).path(), 'utf8')).toContain('BEGIN:VEVENT');
  await page.goto('/practice/');
  const deck = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download the questions as an Anki deck' }).click();
  expect(readFileSync(await (await deck).path(), 'utf8')).toContain('soft-skills-leadership/managing-managers');

  await page.goto('/cheat-sheet/');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBeLessThanOrEqual(2);
  await expect(page.getByText('Aligned autonomy', { exact: false }).first()).toBeVisible();

  // The bank of unseen questions: the drill reads it from the coverage page's saved copy.
  await page.goto('/practice/which-story/');
  await page.getByRole('button', { name: 'None of mine fits' }).click();
  const marked = await page.locator('which-story [data-question]').getAttribute('data-id');
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.locator('which-story [data-question]')).not.toHaveAttribute('data-id', marked!);
  await page.goto('/bank/');
  await expect(page.locator(`[data-gap="${marked}"] code`)).toContainText('npm run new -- --topics');
  await page.goto('/search/?q=reorganization+you+led');
  await expect(page.getByRole('main').getByRole('listitem').filter({ hasText: 'Unseen question' }).first()).toBeVisible();

  await page.goto('/questions/never-saved/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You’re offline');
  await expect(page.getByText('You’re offline and this page isn’t saved on this device.')).toBeVisible();
  await page.getByRole('link', { name: 'Practice' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice');
  await context.close();
});

test('the precache holds exactly the Pagefind files a search asks for, and no recordings or progress', async ({ browser }) => {
  const host = new StaticHost(SEED_DIST, testPort(4342));
  await host.start();
  const { context, page } = await visitor(browser, host);
  const requested = new Set<string>();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/pagefind/')) requested.add(path);
  });
  await page.goto('/search/?q=paved+road&topic=conflict');
  await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
  await untilOffline(page);

  const precached = await page.evaluate(async () => {
    const names = await caches.keys();
    const urls = await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname)));
    return { names, urls: urls.flat() };
  });
  const pagefind = precached.urls.filter((path) => path.startsWith('/pagefind/'));
  // Every Pagefind file the search fetched is on the device …
  for (const path of requested) expect(pagefind, path).toContain(path);
  // … and of the kinds a search uses, and no other: no UI bundles, no other languages, no worker.
  const kind = (path: string) => path.replace(/^\/pagefind\//, '').replace(/\/.*$/, '/').replace(/\.[\w]+\.pf_meta$/, '.pf_meta');
  expect([...new Set(pagefind.map(kind))].sort()).toEqual([...new Set([...requested].map(kind))].sort());
  expect(pagefind.filter((path) => /ui|highlight|unknown|worker/.test(path))).toEqual([]);
  // Progress lives in localStorage and IndexedDB, never in the worker's caches.
  expect(precached.names.every((name) => name.startsWith('workbox-precache'))).toBe(true);
  expect(precached.urls.filter((url) => url.startsWith('blob:') || !url.startsWith('/'))).toEqual([]);
  await context.close();
  await host.stop();
});

test('a new deploy installs in the background; "A new version is ready", and Reload shows the new answer', async ({ browser }) => {
  const host = new StaticHost(SEED_DIST, testPort(4343));
  await host.start();
  const { context, page } = await visitor(browser, host);
  await page.goto('/questions/managing-managers/');
  await untilOffline(page);
  await expect(page.getByText(SENTENCE)).toBeVisible();

  host.dir = nextDist;
  await page.goto('/questions/managing-managers/');
  await expect(page.getByText('A new version is ready.')).toBeVisible({ timeout: 30_000 });
  // Until the reader reloads, everything still comes from the build they started with.
  await expect(page.getByText(SENTENCE)).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  await page.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByText(CHANGED)).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText('A new version is ready.')).toBeHidden();

  // And the new build is the one kept for offline use.
  await goOffline(context, host);
  await page.goto('/questions/managing-managers/');
  await expect(page.getByText(CHANGED)).toBeVisible();
  await context.close();
});

test('a deploy with a file missing does not install: the old version stays in charge, said in the console only', async ({ browser }) => {
  const broken = join(scratch, 'broken');
  cpSync(nextDist, broken, { recursive: true });
  rmSync(join(broken, 'questions/managing-managers/index.html'));
  const host = new StaticHost(SEED_DIST, testPort(4344));
  await host.start();
  const { context, page, errors } = await visitor(browser, host);
  await page.goto('/');
  await untilOffline(page);

  host.dir = broken;
  await page.goto('/practice/');
  await expect.poll(() => errors.join('\n'), { timeout: 30_000 }).toContain('A new version could not be saved for offline use');
  await expect(page.getByText('A new version is ready.')).toBeHidden();
  // The old worker still serves the old build, online and off.
  await page.goto('/questions/managing-managers/');
  await expect(page.getByText(SENTENCE)).toBeVisible();
  await goOffline(context, host);
  await page.goto('/questions/managing-managers/');
  await expect(page.getByText(SENTENCE)).toBeVisible();
  await context.close();
});

test('caches evicted by the browser: the site still works online, and is saved again at the next visit', async ({ browser }) => {
  // The whole copy is saved twice, and on a busy machine the second time may take a visit more (below).
  test.setTimeout(120_000);
  const host = new StaticHost(SEED_DIST, testPort(4345));
  await host.start();
  const { context, page } = await visitor(browser, host);
  await page.goto('/');
  await untilOffline(page);
  await page.evaluate(async () => Promise.all((await caches.keys()).map((name) => caches.delete(name))));

  await page.goto('/practice/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice');
  await expect(page.getByText('Available offline')).toBeHidden();
  // The worker finds its caches gone once this page has loaded, and steps aside.
  await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration()) === undefined);
  await page.close();
  // A later visit saves it all again. Chrome revives a registration that is still being removed
  // when the same worker registers again (on a loaded machine, a visit that comes at once can
  // find it so, and it steps aside again): the visit after that installs afresh.
  const later = await context.newPage();
  await later.goto('/topics/');
  await expect(async () => {
    await expect(later.getByText('Available offline'))
      .toBeVisible({ timeout: 10_000 })
      .catch(async (error: unknown) => {
        await later.reload();
        throw error;
      });
  }).toPass({ timeout: 60_000 });
  await later.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await goOffline(context, host);
  await later.goto('/cheat-sheet/');
  await expect(later.getByRole('heading', { level: 1 })).toBeVisible();
  await context.close();
});

test('under a sub-path (BASE_PATH=/prep/) the worker serves /prep/ offline and controls nothing outside it', async ({ browser }) => {
  const host = new StaticHost(prepDist, testPort(4346), '/prep/');
  await host.start();
  const { context, page } = await visitor(browser, host);
  await page.goto('/prep/');
  await untilOffline(page);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(`${host.origin}/prep/`);
  await goOffline(context, host);
  for (const path of ['/prep/practice/', '/prep/questions/upward-influence/', '/prep/search/?q=paved+road']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
  }
  // Progress goes to another device offline too, and its link stays under the sub-path.
  await page.goto('/prep/practice/');
  await page.getByRole('button', { name: 'Reveal answer' }).click();
  await expect(page.locator('.card[data-current] .prose p').first()).toBeVisible();
  await page.getByRole('button', { name: 'Nailed it' }).click();
  await page.getByRole('button', { name: 'Send to another device' }).click();
  const link = await page.getByLabel(/^Link \(/).inputValue();
  expect(link).toMatch(new RegExp(`^${host.origin}/prep/import/#2\\.`));
  await page.goto(link);
  await expect(page.getByText('1 rating, 0 newer than this device’s.')).toBeVisible();
  await context.setOffline(false);
  await host.start();
  await page.goto('/elsewhere');
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  await context.close();
  await host.stop();
});

test('the mock interview works offline under a sub-path: the room, the recording, and the report with its model answers', async ({ browser }) => {
  const host = new StaticHost(prepDist, testPort(4347), '/prep/');
  await host.start();
  const { context, page, errors } = await visitor(browser, host);
  await page.goto('/prep/interview/');
  await untilOffline(page);
  await goOffline(context, host);
  await page.reload();
  await page.getByText('Change the set-up').click();
  await page.locator('input[name=thinking]').fill('0');
  await page.getByLabel('A follow-up question after each answer').uncheck();
  await page.getByRole('button', { name: 'Start the interview' }).click();
  await expect(page.locator('.room-state')).toHaveText('Recording');
  await page.waitForTimeout(1500);
  await page.getByRole('button', { name: 'End the interview' }).click();
  const answer = page.locator('.report-answer').first();
  await expect(answer.locator('audio')).toHaveAttribute('src', /^blob:/);
  await answer.getByText('The model answer').click();
  await expect(answer.locator('.model')).toContainText(SENTENCE);
  await expect(answer.getByRole('checkbox')).toHaveCount(4);
  expect(errors).toEqual([]);
  await context.close();
});
