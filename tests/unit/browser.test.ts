import { describe, expect, it } from 'vitest';
import { NO_BROWSER_MESSAGE, findChromium } from '../../src/cli/browser.ts';

describe('findChromium', () => {
  it('uses CHROMIUM_PATH when it names a file', () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });
  it('finds none, rather than another browser, when CHROMIUM_PATH names nothing', () => {
    expect(findChromium({ CHROMIUM_PATH: '/nowhere/chromium' })).toBeUndefined();
  });
  it('says how to get a browser', () => {
    expect(NO_BROWSER_MESSAGE).toContain('apt-get install chromium');
    expect(NO_BROWSER_MESSAGE).toContain('npx playwright install chromium');
  });
});
