import type { Page } from 'playwright';
import { withBuiltSite } from './with-site.ts';

/** The page's cumulative layout shift so far (the buffered entries, plus any in the next 500 ms). */
export function layoutShiftOf(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );
}

const PORT = 4328;

export interface ShiftResult {
  path: string;
  /** Cumulative layout shift of the load, with the stored preferences given. */
  cls: number;
  storage: string;
}

/** Loads each page in Chromium (mobile viewport) with each storage state and sums its layout shifts. */
export async function measureLayoutShift(paths: string[], states: Record<string, Record<string, string>>): Promise<ShiftResult[]> {
  return withBuiltSite(PORT, async (browser, origin) => {
    const results: ShiftResult[] = [];
    for (const [storage, items] of Object.entries(states)) {
      for (const path of paths) {
        const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
        await page.addInitScript((entries) => {
          for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
        }, items);
        await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
        const cls = await layoutShiftOf(page);
        results.push({ path, cls, storage });
        await page.close();
      }
    }
    return results;
  });
}
