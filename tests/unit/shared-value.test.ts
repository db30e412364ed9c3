import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { choose, keptChoices, loadChoices } from '../../src/lib/bank/choices.ts';
import { keptProgress, loadProgress, progressText, rate, emptyProgress } from '../../src/lib/progress.ts';
import { CROSSING_MS, shareValue } from '../../src/lib/shared-value.ts';
import { memoryStorage } from './helpers/memory-storage.ts';

// One device's localStorage, and this page's window (where other tabs' `storage` events arrive).
let storage: Storage;
let page: EventTarget;
const otherTabWrote = () => page.dispatchEvent(new Event('storage'));
const at = (minute: number) => new Date(Date.UTC(2026, 11, 2, 9, minute));

beforeEach(() => {
  storage = memoryStorage();
  page = new EventTarget();
  vi.stubGlobal('localStorage', storage);
  vi.stubGlobal('addEventListener', page.addEventListener.bind(page));
  vi.useFakeTimers({ now: at(0) });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const ratings = () => loadProgress().reviews.map(({ q, r }) => `${q} ${r}`).sort();

describe('a value shared by every tab', () => {
  it('changes what is stored now, not the copy the page read when it loaded', () => {
    const shown: string[][] = [];
    const progress = shareValue(keptProgress, (value) => shown.push(value.reviews.map(({ q }) => q)));
    // Another tab rates after this page loaded (its storage event may not have come yet).
    storage.setItem('study:progress', progressText(rate(emptyProgress(), 'a', 'nailed-it', at(1))));
    expect(progress.change((value) => rate(value, 'b', 'needs-work', at(2)))).toBe(true);
    expect(ratings()).toEqual(['a nailed-it', 'b needs-work']);
    expect(shown.at(-1)).toEqual(['a', 'b']);
  });

  it('shows another tab’s change when it arrives, and says it came from elsewhere', () => {
    const show = vi.fn();
    const progress = shareValue(keptProgress, show);
    storage.setItem('study:progress', progressText(rate(emptyProgress(), 'a', 'getting-there', at(1))));
    otherTabWrote();
    expect(progress.value.questions['a']?.rating).toBe('getting-there');
    expect(show).toHaveBeenLastCalledWith(progress.value, true);
  });

  it('two changes that cross (each written over a value that lacks the other) both end up stored', () => {
    const progress = shareValue(keptProgress, () => {});
    progress.change((value) => rate(value, 'a', 'nailed-it', at(1)));
    // The other tab read storage a moment late: its write lacks this tab's rating.
    vi.advanceTimersByTime(50);
    storage.setItem('study:progress', progressText(rate(emptyProgress(), 'b', 'needs-work', at(1))));
    otherTabWrote();
    expect(ratings()).toEqual(['a nailed-it', 'b needs-work']);
    expect(progress.value.reviews).toHaveLength(2);
  });

  it('hears only its own key, and no longer once its signal is aborted (its element left the page)', () => {
    const show = vi.fn();
    const connection = new AbortController();
    shareValue(keptProgress, show, connection.signal);
    page.dispatchEvent(Object.assign(new Event('storage'), { key: 'study:choices' }));
    expect(show).not.toHaveBeenCalled();
    page.dispatchEvent(Object.assign(new Event('storage'), { key: 'study:progress' }));
    expect(show).toHaveBeenCalledTimes(1);
    connection.abort();
    otherTabWrote();
    expect(show).toHaveBeenCalledTimes(1);
  });

  it('a rating made again is not counted twice', () => {
    const progress = shareValue(keptProgress, () => {});
    const change = (value: ReturnType<typeof loadProgress>) => rate(value, 'a', 'nailed-it', at(1));
    progress.change(change);
    otherTabWrote();
    otherTabWrote();
    expect(ratings()).toEqual(['a nailed-it']);
  });

  it('later than that, what another tab writes is taken as it is (a reset is a reset)', () => {
    const progress = shareValue(keptProgress, () => {});
    progress.change((value) => rate(value, 'a', 'nailed-it', at(1)));
    vi.advanceTimersByTime(CROSSING_MS + 1);
    storage.setItem('study:progress', progressText(emptyProgress()));
    otherTabWrote();
    expect(ratings()).toEqual([]);
    expect(progress.value.reviews).toEqual([]);
  });

  it('where storage refuses, says so, and the changes of this visit pile up on the page', () => {
    const progress = shareValue(keptProgress, () => {});
    vi.spyOn(storage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(progress.change((value) => rate(value, 'a', 'nailed-it', at(1)))).toBe(false);
    expect(progress.change((value) => rate(value, 'b', 'needs-work', at(2)))).toBe(false);
    expect(progress.value.reviews.map(({ q }) => q)).toEqual(['a', 'b']);
    expect(ratings()).toEqual([]);
  });

  it('choices of story: the newest per question is kept, made in either tab', () => {
    const choices = shareValue(keptChoices, () => {});
    choices.change((value) => choose(value, 'q1', 'managing-managers', at(2)));
    // Crossing: the other tab chose for q1 a minute earlier and for q2, over a value without this tab's choice.
    storage.setItem('study:choices', JSON.stringify({ version: 1, choices: { q1: { story: null, at: at(1).toISOString() }, q2: { story: 'upward-influence', at: at(1).toISOString() } } }));
    otherTabWrote();
    expect(loadChoices().choices).toEqual({
      q1: { story: 'managing-managers', at: at(2).toISOString() },
      q2: { story: 'upward-influence', at: at(1).toISOString() },
    });
    // A choice made again never replaces a newer one from the other tab.
    storage.setItem('study:choices', JSON.stringify({ version: 1, choices: { q1: { story: null, at: at(3).toISOString() } } }));
    otherTabWrote();
    expect(loadChoices().choices['q1']).toEqual({ story: null, at: at(3).toISOString() });
  });
});
