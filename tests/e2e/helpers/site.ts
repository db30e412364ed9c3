import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type PlaywrightTestArgs, type PlaywrightTestOptions, type TestType } from '@playwright/test';
import { join } from 'node:path';
import { questionsDir } from '../../../src/cli/content-dir.ts';
import { frontmatterOf } from '../../../src/cli/new-question.ts';
import { htmlPages } from '../../../src/cli/page-weight.ts';
import { PROJECT_ROOT } from '../../../src/cli/project-root.ts';

/** The project's own site, built from content/ by `npm run build`: the specs of every page test it, whatever its entries. */
export const DIST = join(PROJECT_ROOT, 'dist');

/**
 * A port for a server a test starts itself, apart from every other suite's: a second suite run at
 * the same time (E2E_PORT=4323, to load the machine while proving the suite stable) takes ports a
 * hundred higher.
 */
export const testPort = (port: number): number => port + (Number(process.env['E2E_PORT'] ?? 4322) - 4322) * 100;

/** Every built HTML page as the URL path it is served at ("/", "/questions/x/", "/404.html"). */
export const builtPages = (dist = DIST): string[] => htmlPages(dist);
/** The pages of the questions, in the order of their addresses. */
export const questionPages = (dist = DIST): string[] => builtPages(dist).filter((path) => /^\/questions\/[^/]+\/$/.test(path));
/** The project's published entries (content/questions/, drafts left out): the questions its site shows. */
export const publishedEntries = (): { id: string; title: string }[] =>
  frontmatterOf(questionsDir(), '.mdx')
    .filter(({ data }) => data['draft'] !== true)
    .map(({ id, data }) => ({ id, title: String(data['title']) }));
/** A built page's file, by its served path. */
export const fileOf = (path: string, dist = DIST): string => join(dist, path.endsWith('/') ? `${path}index.html` : path);

/**
 * Fails every test of a file in which the page asks for anything off the site: everything a person
 * records, types or ticks stays on the device (blob: and data: URLs never reach a network).
 * Requests of contexts a test opens itself are not watched.
 */
export function forbidOffSiteRequests(test: Pick<TestType<PlaywrightTestArgs & PlaywrightTestOptions, object>, 'beforeEach' | 'afterEach'>): void {
  const offSite: string[] = [];
  test.beforeEach(({ page, baseURL }) => {
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'blob:' && url.protocol !== 'data:' && url.origin !== new URL(baseURL!).origin) offSite.push(request.url());
    });
  });
  test.afterEach(() => {
    expect(offSite).toEqual([]);
  });
}

/**
 * Reveals the practice card on show and waits for its answer to be in: it comes from the question's
 * page a moment later and pushes the controls below it down, so a rating clicked at once (on a loaded
 * machine) could land where the button was.
 */
export async function revealAnswer(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Reveal answer' }).click();
  await expect(page.locator('practice-session .card[data-current] .answer')).toBeVisible();
}

/** The rules every page is held to. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** No axe violation in `state`, light and dark, and nothing scrolls sideways at 320 px (which axe does not test). */
export async function noAxeViolations(page: Page, state: string): Promise<void> {
  const size = page.viewportSize();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(violations.map((v) => `${state} ${scheme}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${state} at 320 px`).toBe(0);
  await page.setViewportSize(size ?? { width: 1280, height: 800 });
}

/** The event types listened to on the document and on the window, sorted (through Chromium's DevTools protocol). */
export async function pageListeners(page: Page): Promise<{ document: string[]; window: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  const types = async (expression: string) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
    return listeners.map((listener) => listener.type).sort();
  };
  try {
    return { document: await types('document'), window: await types('window') };
  } finally {
    await cdp.detach();
  }
}

/** The listeners `before` had that `after` has not, by target: what an element let go of. */
export function letGo(before: { document: string[]; window: string[] }, after: { document: string[]; window: string[] }) {
  const gone = (was: string[], is: string[]) => {
    const left = [...is];
    return was.filter((type) => {
      const kept = left.indexOf(type);
      if (kept >= 0) left.splice(kept, 1);
      return kept < 0;
    });
  };
  return { document: gone(before.document, after.document), window: gone(before.window, after.window) };
}
