// A transfer read back (src/lib/transfer/payload.ts): what is not one is refused.
import { describe, expect, it } from 'vitest';
import { decodeTransfer, encodeTransfer } from '../../../src/lib/transfer/codec.ts';
import { readTransfer, type Transfer } from '../../../src/lib/transfer/payload.ts';
import { sampleSession } from '../helpers/samples.ts';
import { progress, sample } from './sample.ts';

describe('readTransfer', () => {
  it('refuses bad reviews, sheets and settings', () => {
    const good = sample();
    expect(readTransfer(good)).toEqual(good);
    expect(readTransfer({ ...good, reviews: [{ q: 'x', r: 'great', at: '2026-11-01', from: 'practice' }] })).toBeUndefined();
    expect(readTransfer({ ...good, reviews: [{ q: 'x', r: 'nailed-it', at: 'yesterday', from: 'practice' }] })).toBeUndefined();
    expect(readTransfer({ ...good, reviews: undefined })).toBeUndefined();
    expect(readTransfer({ ...good, sheet: [1] })).toBeUndefined();
    expect(readTransfer({ ...good, settings: { theme: 'purple' } })).toBeUndefined();
    expect(readTransfer({ ...good, settings: { font: 'big' } })).toBeUndefined();
    expect(readTransfer({ ...good, attempts: {} })).toBeUndefined();
    // Mock interviews travel too; a link made before them has none.
    expect(readTransfer({ ...good, sessions: [sampleSession()] })).toEqual({ ...good, sessions: [sampleSession()] });
    expect(readTransfer({ ...good, sessions: 'all' })).toBeUndefined();
    expect(readTransfer([])).toBeUndefined();
  });

  it('reads a version 1 link (the last rating of each question) as one review each', async () => {
    const v1 = { ratings: progress(['managing-managers', 'nailed-it', 20]).questions, settings: {}, attempts: [] };
    const fragment = `1.${(await encodeTransfer(v1 as unknown as Transfer)).split('.')[1]}`;
    expect(await decodeTransfer(fragment)).toEqual({ ok: true, transfer: { reviews: progress(['managing-managers', 'nailed-it', 20]).reviews, settings: {}, attempts: [] } });
  });
});
