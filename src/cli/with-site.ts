import { chromium, type Browser } from 'playwright';
import { CHROMIUM_ARGS, NO_BROWSER_MESSAGE, findChromium } from './browser.ts';
import { startPreview } from './preview-server.ts';

/**
 * Serves the built site with `astro preview` on `port`, launches Chromium, runs `work`, and
 * stops both whatever happens. The measuring tools (bench, pdf) all go through here.
 */
export async function withBuiltSite<T>(
  port: number,
  work: (browser: Browser, origin: string) => Promise<T>,
  root?: string,
  /** More Chromium flags (a fake microphone, for screenshots of a recording). */
  args: string[] = [],
): Promise<T> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_BROWSER_MESSAGE);
  const stop = await startPreview(port, root);
  try {
    const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...args] });
    try {
      return await work(browser, `http://127.0.0.1:${port}`);
    } finally {
      await browser.close();
    }
  } finally {
    stop();
  }
}
