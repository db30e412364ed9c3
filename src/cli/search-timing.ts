import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright';
import { withBuiltSite } from './with-site.ts';
import { median } from './median.ts';

const PORT = 4327;

export interface SearchTiming {
  /** Typing the first query on a loaded page: Pagefind, its WebAssembly and index load on demand. */
  coldQueryMs: number;
  coldQueryBytes: number;
  /** Opening a shared /search/?q= link: from navigation to results shown. */
  sharedLinkMs: number;
  sharedLinkBytes: number;
  /** Later queries, once Pagefind is loaded: from the keystroke to results shown. */
  laterQueryMs: number;
}

/** Sums the gzip size of every response, as a compressing host would send it. */
function countBytes(page: Page): { total: () => number } {
  let total = 0;
  page.on('response', async (response) => {
    try {
      total += gzipSync(await response.body()).byteLength;
    } catch {
      // Redirects and aborted requests have no body.
    }
  });
  return { total: () => total };
}

/**
 * Watches the result count: resolves with performance.now() (from the page's own start) when it
 * first reads `expected`. Waits for the count to be parsed first: a page just committed may not have it yet.
 */
async function whenStatus(page: Page, expected: string): Promise<number> {
  await page.waitForSelector('[data-status]', { state: 'attached' });
  return page.evaluate(
    (text) =>
      new Promise<number>((resolve) => {
        const status = document.querySelector('[data-status]')!;
        const check = () => status.textContent?.startsWith(text) && resolve(performance.now());
        new MutationObserver(check).observe(status, { childList: true, characterData: true, subtree: true });
        check();
      }),
    expected,
  );
}

async function once(page: Page, origin: string): Promise<SearchTiming> {
  // Cold query: the page is loaded and idle; the reader types.
  await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
  const bytes = countBytes(page);
  const input = page.getByRole('searchbox');
  const coldDone = whenStatus(page, '1 result for “paved road”');
  const coldStart = await page.evaluate(() => performance.now());
  await input.fill('paved road');
  const coldQueryMs = (await coldDone) - coldStart;
  await page.waitForLoadState('networkidle');
  const coldQueryBytes = bytes.total();

  // Later queries on the warm page.
  const later: number[] = [];
  for (const [query, expected] of [
    ['psychological safety', '1 result for “psychological safety”'],
    ['CapEx', '1 result for “CapEx”'],
    ['stakeholder', '3 results for “stakeholder”'],
  ] as const) {
    const done = whenStatus(page, expected);
    const start = await page.evaluate(() => performance.now());
    await input.fill(query);
    later.push((await done) - start);
  }

  // A shared link, opened in a fresh page with an empty cache.
  const fresh = await page.context().browser()!.newPage();
  const freshBytes = countBytes(fresh);
  await fresh.goto(`${origin}/search/?q=paved+road`, { waitUntil: 'commit' });
  const sharedLinkMs = await whenStatus(fresh, '1 result for “paved road”');
  await fresh.waitForLoadState('networkidle');
  const sharedLinkBytes = freshBytes.total();
  await fresh.close();

  return { coldQueryMs, coldQueryBytes, sharedLinkMs, sharedLinkBytes, laterQueryMs: median(later) };
}

/** Runs the search measurements `runs` times, each in a fresh browser context, and gives the medians. */
export async function measureSearch(runs: number): Promise<SearchTiming> {
  return withBuiltSite(PORT, async (browser, origin) => {
    const samples: SearchTiming[] = [];
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage();
      samples.push(await once(page, origin));
      await page.close();
    }
    const pick = (key: keyof SearchTiming) => median(samples.map((sample) => sample[key]));
    return {
      coldQueryMs: pick('coldQueryMs'),
      coldQueryBytes: pick('coldQueryBytes'),
      sharedLinkMs: pick('sharedLinkMs'),
      sharedLinkBytes: pick('sharedLinkBytes'),
      laterQueryMs: pick('laterQueryMs'),
    };
  });
}
