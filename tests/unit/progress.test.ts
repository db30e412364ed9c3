import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  PROGRESS_KEY,
  UNREADABLE_KEY,
  describeSummary,
  emptyProgress,
  exportProgress,
  loadProgress,
  parseProgress,
  rate,
  saveProgress,
  summarize,
} from '../../src/lib/progress.ts';
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
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
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
    expect(parseProgress(exportProgress(progress))).toEqual({ ok: true, progress });
  });

  it('writes the attempts and mock interviews it is given beside the ratings, and leaves out empty lists', () => {
    const progress = rate(emptyProgress(), 'a', 'getting-there', day(1));
    const file = JSON.parse(exportProgress(progress, { attempts: [{ id: 'x' }], sessions: [{ id: 's' }] })) as Record<string, unknown>;
    expect(file).toEqual({ ...progress, attempts: [{ id: 'x' }], sessions: [{ id: 's' }] });
    expect(Object.keys(JSON.parse(exportProgress(progress, { attempts: [], sessions: [] })) as object)).toEqual(['version', 'questions']);
  });

  it.each([
    ['not JSON', 'hello', 'it is not valid JSON'],
    ['no questions', '{"version":1}', 'it has no "questions" object'],
    ['another version', '{"version":2,"questions":{}}', 'it is version 2, this site reads version 1'],
    ['a bad rating', '{"version":1,"questions":{"a":{"rating":"meh","at":"2026-11-01"}}}', '"a" needs a rating of needs-work, getting-there, nailed-it'],
    ['a bad date', '{"version":1,"questions":{"a":{"rating":"nailed-it","at":"yesterday"}}}', '"a" needs a date in "at"'],
  ])('rejects %s with a clear reason', (_case, text, error) => {
    expect(parseProgress(text)).toEqual({ ok: false, error });
  });
});

describe('summary', () => {
  it('counts only the questions that exist and reads naturally', () => {
    let progress = rate(emptyProgress(), 'a', 'needs-work', day(1));
    progress = rate(progress, 'b', 'nailed-it', day(1));
    progress = rate(progress, 'c', 'nailed-it', day(1));
    progress = rate(progress, 'deleted', 'needs-work', day(1));
    const summary = summarize(progress, ['a', 'b', 'c', 'd', 'e']);
    expect(summary).toEqual({ total: 5, practised: 3, counts: { 'needs-work': 1, 'getting-there': 0, 'nailed-it': 2 } });
    expect(describeSummary(summary)).toBe('3 of 5 practised, 1 needs work, 2 nailed it');
    expect(describeSummary(summarize(emptyProgress(), ['a', 'b']))).toBe('None of 2 practised yet');
    const twoNeedWork = summarize(rate(progress, 'b', 'needs-work', day(2)), ['a', 'b']);
    expect(describeSummary(twoNeedWork)).toBe('2 of 2 practised, 2 need work');
  });
});
