// The Rehearse panel as the specs drive it, and the rehearsal store as they read it back.
import { expect, type Page } from '@playwright/test';
import { DB_NAME } from '../../../src/lib/kept/keys.ts';
import type { AttemptRecord } from '../../../src/lib/rehearsal/attempt.ts';

export const history = (page: Page) => page.locator('rehearse-panel .history > li');
export const liveClock = (page: Page) => page.locator('rehearse-panel .live .clock');
/** The live clock at `seconds` or later (a busy machine may skip a tick between two looks). */
export const atLeast = (seconds: number) => new RegExp(`^0:(0[${seconds}-9]|[1-5]\\d) of about`);

/** Records, pressing nothing, until the live clock shows `seconds`; then stops and waits for the save. */
export async function recordUntil(page: Page, seconds: number): Promise<void> {
  await page.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(liveClock(page)).toHaveText(atLeast(seconds), { timeout: 15_000 });
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(page.locator('rehearse-panel .status')).toHaveText(/Saved on this device\.$/);
}

export async function openPanel(page: Page): Promise<void> {
  await page.locator('summary', { hasText: 'Rehearse aloud' }).click();
  await expect(page.getByRole('heading', { name: 'Your attempts' })).toBeVisible();
}

/** Every attempt record the device's rehearsal store holds. */
export const keptAttempts = (page: Page) =>
  page.evaluate(
    (name) =>
      new Promise<AttemptRecord[]>((resolve) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => {
          const read = open.result.transaction('attempts').objectStore('attempts').getAll();
          read.onsuccess = () => resolve(read.result as AttemptRecord[]);
        };
      }),
    DB_NAME,
  );
