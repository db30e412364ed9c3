import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright';

/** What a first visit to a page fetched before it was idle, gzip (as a compressing host sends it). */
export interface FirstVisit {
  path: string;
  /** Every response the page itself received: its HTML, styles, scripts (and what they load), icons, fetches. */
  total: number;
  /** Of which JavaScript. */
  js: number;
  /** Each file fetched, by path, with its gzip bytes. */
  files: { url: string; bytes: number }[];
}

/** A first visit's budget (DEVELOPERS.md): everything fetched before the page is idle, and the JavaScript of it. */
export const FIRST_VISIT_BUDGET = { total: 20 * 1024, js: 8 * 1024 } as const;

/**
 * Loads `path` in a fresh browser context (nothing cached, nothing stored: a first visit) and counts
 * every response the page receives until it is idle: loaded, no request for half a second, and the
 * browser idle after that (`requestIdleCallback`), then quiet once more, since idle is when code
 * loaded "once the page has loaded" arrives. What the service worker fetches for the offline copy is
 * its own traffic, not the page's, and is weighed apart (weighOfflineCopy).
 */
export async function measureFirstVisit(browser: Browser, origin: string, path: string, viewport = { width: 412, height: 823 }): Promise<FirstVisit> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const files: FirstVisit['files'] = [];
  let js = 0;
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== origin || response.status() >= 300) return;
    pending.push(
      response.body().then(
        (body) => {
          const bytes = gzipSync(body).byteLength;
          files.push({ url: url.pathname, bytes });
          if (/javascript/.test(response.headers()['content-type'] ?? '') || url.pathname.endsWith('.js')) js += bytes;
        },
        () => {},
      ),
    );
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 })));
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await context.close();
  files.sort((a, b) => b.bytes - a.bytes);
  return { path, total: files.reduce((sum, file) => sum + file.bytes, 0), js, files };
}
