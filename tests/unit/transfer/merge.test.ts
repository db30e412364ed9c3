// What an import writes (src/lib/transfer/merge.ts): both devices' reviews, the settings only when asked.
import { describe, expect, it } from 'vitest';
import { PLAN_KEY, PREFERENCE_KEYS, SHEET_KEY } from '../../../src/lib/kept/keys.ts';
import { PROGRESS_KEY, fromReviews, progressText } from '../../../src/lib/progress.ts';
import { compareRatings, itemsToWrite, mergeProgress } from '../../../src/lib/transfer/merge.ts';
import { progress, sample } from './sample.ts';

describe('merging', () => {
  const local = progress(['managing-managers', 'needs-work', 25], ['matrixed-conflict', 'getting-there', 10]);
  const incoming = progress(['managing-managers', 'nailed-it', 20], ['upward-influence', 'needs-work', 21], ['matrixed-conflict', 'nailed-it', 11]);

  it('says which incoming last ratings are newer than this device’s (or new to it)', () => {
    expect(compareRatings(local, incoming).map(({ id, newer }) => [id, newer])).toEqual([
      ['matrixed-conflict', true],
      ['managing-managers', false],
      ['upward-influence', true],
    ]);
  });
  it('unites both devices’ reviews, so the newer rating is the last of each question, and leaves the input alone', () => {
    const before = structuredClone(local);
    const transfer = { ...sample(), reviews: incoming.reviews };
    const written = itemsToWrite(local, transfer, false);
    expect(Object.keys(written)).toEqual([PROGRESS_KEY]);
    const merged = fromReviews(JSON.parse(written[PROGRESS_KEY]!).reviews);
    expect(merged).toEqual(mergeProgress(local, incoming));
    expect(merged.reviews).toHaveLength(5);
    expect(merged.questions['managing-managers']).toEqual(local.questions['managing-managers']);
    expect(merged.questions['matrixed-conflict']).toEqual(incoming.questions['matrixed-conflict']);
    expect(local).toEqual(before);
  });
  it('writes the settings, the cheat-sheet choice and the plan’s settings only when asked', () => {
    const transfer = { ...sample(), reviews: incoming.reviews };
    const without = itemsToWrite(local, transfer, false);
    expect(itemsToWrite(local, transfer, true)).toEqual({
      ...without,
      [PREFERENCE_KEYS.theme]: 'dark',
      [PREFERENCE_KEYS.shortcuts]: 'off',
      // As this version keeps them (kept/keys.ts), whichever version sent them.
      [SHEET_KEY]: JSON.stringify({ off: ['inclusive-culture'], version: 1 }),
      [PLAN_KEY]: JSON.stringify({ dates: { 'soft-skills-leadership': { day: '2026-12-10' } }, retention: 0.9, version: 1 }),
    });
  });
  it('writes no progress when every incoming review is here already', () => {
    expect(itemsToWrite(local, { ...sample(), reviews: local.reviews.slice(0, 1) }, false)).toEqual({});
    expect(progressText(local)).toBe(JSON.stringify({ version: 2, reviews: local.reviews }));
  });
});
