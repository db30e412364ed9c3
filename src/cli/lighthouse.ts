import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, NO_BROWSER_MESSAGE, findChromium } from './browser.ts';
import { startPreview } from './preview-server.ts';
import { median } from './median.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const PORT = 4329;

export interface LighthouseResult {
  path: string;
  /** Median score per category, 0-100. */
  scores: Record<(typeof CATEGORIES)[number], number>;
}

/** Lighthouse's default mobile emulation and throttling, `runs` times per page; the median of each category. */
export async function runLighthouse(paths: string[], runs: number): Promise<LighthouseResult[]> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error(NO_BROWSER_MESSAGE);
  const stop = await startPreview(PORT);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    const results: LighthouseResult[] = [];
    for (const path of paths) {
      const samples: Record<string, number[]> = {};
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        for (const category of CATEGORIES) {
          (samples[category] ??= []).push(Math.round((result?.lhr.categories[category]?.score ?? 0) * 100));
        }
      }
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(samples[c]!)])) as LighthouseResult['scores'];
      results.push({ path, scores });
    }
    return results;
  } finally {
    chrome.kill();
    stop();
  }
}
