import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, NO_BROWSER_MESSAGE, findChromium } from './src/cli/browser.ts';
import { SEED_CONTENT_DIR, SEED_ORIGIN, SEED_OUT, SEED_PORT } from './tests/e2e/helpers/seed.ts';

const executablePath = findChromium();
if (!executablePath) throw new Error(NO_BROWSER_MESSAGE);

const PORT = Number(process.env['E2E_PORT'] ?? 4322);

// End-to-end tests run against two built sites served by `astro preview`: the project's own (run
// `npm run build` first), which the specs of every page test whatever its entries, and the seed site
// (tests/e2e/helpers/seed.ts, built here), which the specs of particular entries test.
export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: '.cache/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Colours checked right after a theme switch must be the final ones, not a button's 150 ms
    // fade between themes (axe read a half-way background now and then).
    contextOptions: { reducedMotion: 'reduce' },
    // A fake microphone (a tone) that needs no permission prompt, for the Rehearse panel's tests.
    launchOptions: { executablePath, args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'] },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      command: `npm run preview -- --ignore-lock --port ${PORT} --host 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 30_000,
    },
    {
      // Built each time the suite starts, so it follows the code (a few seconds; minutes on a loaded machine).
      command: `CONTENT_DIR=${SEED_CONTENT_DIR} npm run build -- --outDir ${SEED_OUT} && npm run preview -- --ignore-lock --outDir ${SEED_OUT} --port ${SEED_PORT} --host 127.0.0.1`,
      url: `${SEED_ORIGIN}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 180_000,
    },
  ],
});
