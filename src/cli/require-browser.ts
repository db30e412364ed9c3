// Run first by `npm test`, so a missing browser stops the run at once instead of after the build.
import { NO_BROWSER_MESSAGE, findChromium } from './browser.ts';

const path = findChromium();
if (!path) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}
console.log(`Chromium for the end-to-end tests: ${path}`);
