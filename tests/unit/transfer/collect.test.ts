// What a transfer carries (src/lib/transfer/collect.ts): the device's ratings, choices and settings, and the records given.
import { describe, expect, it } from 'vitest';
import { PLAN_KEY, PREFERENCE_KEYS, SHEET_KEY } from '../../../src/lib/kept/keys.ts';
import { emptyProgress } from '../../../src/lib/progress.ts';
import { decodeTransfer, encodeTransfer } from '../../../src/lib/transfer/codec.ts';
import { collectTransfer } from '../../../src/lib/transfer/collect.ts';
import { memoryStorage } from '../helpers/memory-storage.ts';
import { sampleAttempt, sampleSession } from '../helpers/samples.ts';
import { progress } from './sample.ts';

describe('collectTransfer', () => {
  it('takes the ratings, the stored cheat-sheet choice and preferences, and the attempts given', () => {
    const storage = memoryStorage({
      [PREFERENCE_KEYS.theme]: 'dark',
      [PREFERENCE_KEYS.practice]: 'on',
      [PREFERENCE_KEYS.shortcuts]: 'nonsense',
      [SHEET_KEY]: '["b","a"]',
    });
    const local = progress(['managing-managers', 'nailed-it', 20]);
    const transfer = collectTransfer(local, [sampleAttempt()], [], storage);
    expect(transfer).toEqual({
      reviews: local.reviews,
      sheet: ['b', 'a'],
      settings: { theme: 'dark', practice: 'on' },
      attempts: [sampleAttempt()],
    });
  });
  it('carries the cheat-sheet choice as this version keeps it too (the ids left off)', () => {
    expect(collectTransfer(emptyProgress(), [], [], memoryStorage({ [SHEET_KEY]: '{"off":["a","b"],"version":1}' })).sheet).toEqual(['a', 'b']);
  });
  it('carries no cheat-sheet choice when none was made', () => {
    expect(collectTransfer(emptyProgress(), [], [], memoryStorage())).toEqual({ reviews: [], settings: {}, attempts: [] });
  });
  it('carries the study plan’s settings, read as they are stored, whatever their version', () => {
    const plan = { dates: { r: { day: '2026-12-10', time: '14:30' } }, retention: 0.85 };
    expect(collectTransfer(emptyProgress(), [], [], memoryStorage({ [PLAN_KEY]: JSON.stringify(plan) })).plan).toEqual(plan);
    expect(collectTransfer(emptyProgress(), [], [], memoryStorage({ [PLAN_KEY]: JSON.stringify({ ...plan, version: 1 }) })).plan).toEqual({ ...plan, version: 1 });
  });
  it('carries the mock interviews given', () => {
    expect(collectTransfer(emptyProgress(), [], [sampleSession()], memoryStorage()).sessions).toEqual([sampleSession()]);
  });
});

describe('choices of story travel with progress', () => {
  const older = { story: 'managing-managers', at: '2026-11-01T09:00:00.000Z' };
  const newer = { story: null, at: '2026-11-20T09:00:00.000Z' };

  it('the link carries this device’s choices, and the other device keeps the newest of each question', async () => {
    const { CHOICES_KEY, choicesToWrite } = await import('../../../src/lib/bank/choices.ts');
    const sending = memoryStorage({ [CHOICES_KEY]: JSON.stringify({ version: 1, choices: { layoffs: newer, 'saying-no': older } }) });
    const transfer = collectTransfer(emptyProgress(), [], [], sending);
    const decoded = await decodeTransfer(await encodeTransfer(transfer));
    const taken = decoded.ok ? decoded.transfer : undefined;
    expect(taken?.choices).toEqual({ layoffs: newer, 'saying-no': older });
    const local = { layoffs: older, 'saying-no': newer };
    const items = choicesToWrite(local, taken!.choices);
    expect(JSON.parse(items[CHOICES_KEY]!)).toEqual({ version: 1, choices: { layoffs: newer, 'saying-no': newer } });
    // Nothing newer, or nothing that is a choice: nothing written.
    expect(choicesToWrite(local, { layoffs: older })).toEqual({});
    expect(choicesToWrite(local, 'nonsense')).toEqual({});
  });

  it('the export file carries them too', async () => {
    const { exportProgress } = await import('../../../src/lib/progress-export.ts');
    expect(JSON.parse(exportProgress(emptyProgress(), { choices: { layoffs: newer } })).choices).toEqual({ layoffs: newer });
    expect(JSON.parse(exportProgress(emptyProgress(), {}))).not.toHaveProperty('choices');
  });
});
