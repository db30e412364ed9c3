import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  PROGRESS_KEY,
  emptyProgress,
  loadProgress,
  parseProgress,
  rate,
  saveProgress,
  unrate,
} from '../../src/lib/progress.ts';
import { UNREADABLE_PROGRESS_KEY as UNREADABLE_KEY, V1_PROGRESS_KEY as V1_BACKUP_KEY } from '../../src/lib/kept/keys.ts';
import { exportProgress } from '../../src/lib/progress-export.ts';
import { progressProblem } from '../../src/scripts/transfer/take-progress.ts';
import { mergeProgress } from '../../src/lib/transfer/merge.ts';
import { memoryStorage } from './helpers/memory-storage.ts';

afterEach(() => vi.restoreAllMocks());

const day = (n: number) => new Date(Date.UTC(2026, 10, n));

describe('progress store', () => {
  it('starts empty and keeps a rating across save and load', () => {
    const storage = memoryStorage();
    expect(loadProgress(storage)).toEqual(emptyProgress());
    const progress = rate(emptyProgress(), 'managing-managers', 'needs-work', day(3));
    expect(saveProgress(progress, storage)).toBe(true);
    expect(loadProgress(storage).questions['managing-managers']).toEqual({ rating: 'needs-work', at: '2026-11-03T00:00:00.000Z' });
  });

  it('rate() leaves its input unchanged and replaces the last attempt', () => {
    const first = rate(emptyProgress(), 'a', 'needs-work', day(1));
    const second = rate(first, 'a', 'nailed-it', day(2));
    expect(first.questions['a']!.rating).toBe('needs-work');
    expect(second.questions['a']!.rating).toBe('nailed-it');
  });

  it.each([
    ['invalid JSON', '{"version":1,'],
    ['an older version', JSON.stringify({ version: 0, questions: {} })],
    ['a wrong shape', JSON.stringify([1, 2, 3])],
    ['an unknown rating', JSON.stringify({ version: 1, questions: { a: { rating: 'great', at: '2026-11-01' } } })],
  ])('falls back to empty progress on %s, warning once and keeping the old value aside', (_case, stored) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const storage = memoryStorage({ [PROGRESS_KEY]: stored });
    expect(loadProgress(storage)).toEqual(emptyProgress());
    expect(warn).toHaveBeenCalledTimes(1);
    expect(storage.getItem(UNREADABLE_KEY)).toBe(stored);
    // The next save writes over it.
    expect(saveProgress(rate(emptyProgress(), 'a', 'nailed-it', day(1)), storage)).toBe(true);
    expect(storage.getItem(UNREADABLE_KEY)).toBe(stored);
  });

  it('survives storage that throws on every call, and one that is missing', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken = new Proxy({} as Storage, {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(loadProgress(broken)).toEqual(emptyProgress());
    expect(saveProgress(emptyProgress(), broken)).toBe(false);
    expect(loadProgress(undefined)).toEqual(emptyProgress());
    expect(saveProgress(emptyProgress(), undefined)).toBe(false);
  });

  it('reports a full storage as a failed save', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(saveProgress(rate(emptyProgress(), 'a', 'nailed-it'), storage)).toBe(false);
  });
});

describe('import and export', () => {
  it('round-trips an export', () => {
    const progress = rate(rate(emptyProgress(), 'a', 'getting-there', day(1)), 'b', 'nailed-it', day(2));
    expect(parseProgress(exportProgress(progress))).toEqual({ ok: true, progress, version: 2 });
  });

  it('writes the attempts and mock interviews it is given beside the ratings, and leaves out empty lists', () => {
    const progress = rate(emptyProgress(), 'a', 'getting-there', day(1));
    const file = JSON.parse(exportProgress(progress, { plan: { retention: 0.9 }, attempts: [{ id: 'x' }], sessions: [{ id: 's' }] })) as Record<string, unknown>;
    expect(file).toEqual({ version: 2, reviews: progress.reviews, plan: { retention: 0.9 }, attempts: [{ id: 'x' }], sessions: [{ id: 's' }] });
    expect(Object.keys(JSON.parse(exportProgress(progress, { attempts: [], sessions: [] })) as object)).toEqual(['version', 'reviews']);
  });

  it.each([
    ['not JSON', 'hello', 'it is not valid JSON'],
    ['not an object', '[1]', 'it is not progress of version 1 or 2'],
    ['another version', '{"version":3,"reviews":[]}', 'it is not progress of version 1 or 2'],
    ['no questions', '{"version":1}', 'it has no ratings'],
    ['no reviews', '{"version":2,"questions":{}}', 'it has no ratings'],
    ['a review without its source', '{"version":2,"reviews":[{"q":"a","r":"nailed-it","at":"2026-11-01"}]}', 'rating 1 is incomplete'],
    ['a bad rating', '{"version":1,"questions":{"a":{"rating":"nailed-it","at":"2026-11-01"},"b":{"rating":"meh","at":"2026-11-01"}}}', 'rating 2 is incomplete'],
    ['a bad date', '{"version":1,"questions":{"a":{"rating":"nailed-it","at":"yesterday"}}}', 'rating 1 is incomplete'],
    ['a version 1 rating that is not an object', '{"version":1,"questions":{"a":null}}', 'rating 1 is incomplete'],
  ])('rejects %s with a clear reason', (_case, text, error) => {
    const parsed = parseProgress(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && progressProblem(parsed.problem)).toBe(error);
  });
});

describe('version 2: every review kept', () => {
  it('keeps every rating with where it was given, the last one shown', () => {
    let progress = rate(emptyProgress(), 'a', 'needs-work', day(1));
    progress = rate(progress, 'a', 'nailed-it', day(3), 'interview');
    expect(progress.reviews).toEqual([
      { q: 'a', r: 'needs-work', at: day(1).toISOString(), from: 'practice' },
      { q: 'a', r: 'nailed-it', at: day(3).toISOString(), from: 'interview' },
    ]);
    expect(progress.questions['a']).toEqual({ rating: 'nailed-it', at: day(3).toISOString() });
    // What is stored is the reviews; the last ratings are worked out again on load.
    const storage = memoryStorage();
    saveProgress(progress, storage);
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!)).toEqual({ version: 2, reviews: progress.reviews });
    expect(loadProgress(storage)).toEqual(progress);
  });

  it('merges two devices’ reviews, each once, the same either way round', () => {
    const here = rate(rate(emptyProgress(), 'a', 'needs-work', day(1)), 'b', 'nailed-it', day(4));
    const there = rate(rate(emptyProgress(), 'a', 'needs-work', day(1)), 'a', 'getting-there', day(2));
    expect(mergeProgress(here, there)).toEqual(mergeProgress(there, here));
    expect(mergeProgress(here, there).reviews.map((r) => `${r.q} ${r.r}`)).toEqual(['a needs-work', 'a getting-there', 'b nailed-it']);
  });
});

describe('moving from version 1', () => {
  const v1 = JSON.stringify({ version: 1, questions: { a: { rating: 'getting-there', at: '2026-11-02T10:00:00.000Z' }, b: { rating: 'nailed-it', at: '2026-11-01T10:00:00.000Z' } } });

  it('reads version 1 (storage, a file, a link) as one review each, from practice, and writes version 2 in its place', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: v1 });
    const progress = loadProgress(storage);
    expect(progress.reviews).toEqual([
      { q: 'b', r: 'nailed-it', at: '2026-11-01T10:00:00.000Z', from: 'practice' },
      { q: 'a', r: 'getting-there', at: '2026-11-02T10:00:00.000Z', from: 'practice' },
    ]);
    expect(progress.questions).toEqual(JSON.parse(v1).questions);
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!)).toEqual({ version: 2, reviews: progress.reviews });
    expect(storage.getItem(V1_BACKUP_KEY)).toBeNull();
    expect(parseProgress(v1)).toEqual({ ok: true, progress, version: 1 });
  });

  it('keeps version 1 aside, and in place, when version 2 cannot be written', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: v1 });
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
      if (key === PROGRESS_KEY) throw new DOMException('full', 'QuotaExceededError');
      setItem(key, value);
    };
    expect(loadProgress(storage).questions).toEqual(JSON.parse(v1).questions);
    expect(storage.getItem(PROGRESS_KEY)).toBe(v1);
    expect(storage.getItem(V1_BACKUP_KEY)).toBe(v1);
  });
});

describe('a rating undone', () => {
  it('takes away that rating alone: the one before it is the last again, and the others stand', () => {
    let progress = rate(emptyProgress(), 'a', 'needs-work', day(1));
    progress = rate(progress, 'b', 'nailed-it', day(1));
    const undone = rate(progress, 'a', 'nailed-it', day(2));
    expect(undone.questions['a']!.rating).toBe('nailed-it');
    const back = unrate(undone, 'a', day(2).toISOString());
    expect(back).toEqual(progress);
    expect(back.questions['a']!.rating).toBe('needs-work');
    // The first rating of a question undone: it is not practised any more.
    expect(unrate(back, 'b', day(1).toISOString()).questions['b']).toBeUndefined();
    // Undone twice, or undoing what is not there: nothing else changes.
    expect(unrate(back, 'a', day(2).toISOString())).toEqual(back);
  });
});
