import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

/** Debian's Chromium, unless CHROMIUM_PATH names another. */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * Flags for a headless Chromium on a machine with no network beyond localhost:
 * without the background-networking ones it keeps trying to reach Google's hosts.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The Chromium the tests and tools drive: CHROMIUM_PATH, else Debian's, else
 * Playwright's own download. Undefined when there is none.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  const bundled = chromium.executablePath();
  return bundled && existsSync(bundled) ? bundled : undefined;
}

export const NO_BROWSER_MESSAGE = `No Chromium found for the end-to-end tests.
Install one, then run the command again:
  Debian/Ubuntu:             sudo apt-get install chromium
  with internet access:      npx playwright install chromium
  or point to one you have:  CHROMIUM_PATH=/path/to/chromium npm test`;
