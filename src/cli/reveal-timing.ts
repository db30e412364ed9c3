import { withBuiltSite } from './with-site.ts';
import { median } from './median.ts';

const PORT = 4328;

export interface RevealTiming {
  /** The first Reveal on the page: practice's on-demand file, then the question page, from the worker's cache. */
  firstMs: number;
  /** A later card's first Reveal: its question page only. */
  laterMs: number;
  /** The same, with no network at all (the offline copy). */
  offlineMs: number;
}

/**
 * Practice's Reveal, from the click to the answer's first paragraph on screen, with the offline copy
 * installed (as after one visit): the answer is the question page's, fetched on Reveal (issue 21).
 */
export async function measureReveal(runs: number): Promise<RevealTiming> {
  return withBuiltSite(PORT, async (browser, origin) => {
    const first: number[] = [];
    const later: number[] = [];
    const offline: number[] = [];
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/practice/`);
    await page.getByText('Available offline').waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    /** Clicks Reveal; resolves with the milliseconds until the current card's answer shows. */
    const reveal = () =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const card = document.querySelector('.card[data-current]')!;
            const started = performance.now();
            const check = () => card.querySelector('.prose p') && resolve(performance.now() - started);
            new MutationObserver(check).observe(card, { childList: true, subtree: true });
            document.querySelector<HTMLButtonElement>('[data-action=reveal]')!.click();
          }),
      );
    for (let run = 0; run < runs; run++) {
      await page.reload();
      await page.locator('practice-session:defined').waitFor();
      first.push(await reveal());
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      later.push(await reveal());
    }
    await context.setOffline(true);
    for (let run = 0; run < runs; run++) {
      await page.reload();
      await page.locator('practice-session:defined').waitFor();
      offline.push(await reveal());
    }
    await context.close();
    return { firstMs: median(first), laterMs: median(later), offlineMs: median(offline) };
  });
}
