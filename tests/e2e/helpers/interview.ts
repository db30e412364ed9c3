// The mock interview's set-up as the specs make it: the folded set-up opened and the choices given.
import type { Page } from '@playwright/test';

export interface SetUpChoices {
  count?: 'all' | '3';
  thinking?: number;
  followUps?: boolean;
  record?: boolean;
  /** Read the questions aloud. */
  voice?: boolean;
  limit?: string;
}

/** Opens the set-up and changes what is given. */
export async function setUp(page: Page, choices: SetUpChoices = {}): Promise<void> {
  await page.getByText('Change the set-up').click();
  if (choices.count) await page.getByRole('radio', { name: choices.count === 'all' ? 'All' : choices.count, exact: true }).check();
  if (choices.thinking !== undefined) await page.locator('input[name=thinking]').fill(String(choices.thinking));
  if (choices.followUps !== undefined) await page.getByLabel('A follow-up question after each answer').setChecked(choices.followUps);
  if (choices.record !== undefined) await page.getByLabel('Record my answers').setChecked(choices.record);
  if (choices.voice !== undefined) await page.getByLabel('Read the questions aloud').setChecked(choices.voice);
  if (choices.limit) await page.getByLabel('Time per answer').selectOption(choices.limit);
}

/** Opens `path` with the page's clock running, then holds it still (the specs move it on). */
export async function openClocked(page: Page, path: string): Promise<void> {
  await page.clock.install();
  await page.goto(path);
  await page.waitForLoadState('load');
  await page.clock.pauseAt(Date.now() + 60_000);
}
