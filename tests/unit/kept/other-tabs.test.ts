import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onStoredChange } from '../../../src/lib/kept/other-tabs.ts';

// This page's window, where other tabs' `storage` events arrive.
let page: EventTarget;
const otherTabWrote = (key: string | null) => page.dispatchEvent(Object.assign(new Event('storage'), { key }));

beforeEach(() => {
  page = new EventTarget();
  vi.stubGlobal('addEventListener', page.addEventListener.bind(page));
});
afterEach(() => vi.unstubAllGlobals());

describe('another tab’s change', () => {
  it('reaches a listener of its key only; a cleared storage (no key) reaches every listener', () => {
    const handler = vi.fn();
    onStoredChange(['study:a', 'study:b'], handler);
    otherTabWrote('study:c');
    expect(handler).not.toHaveBeenCalled();
    otherTabWrote('study:b');
    otherTabWrote(null);
    expect(handler).toHaveBeenCalledTimes(2);
  });

  it('is no longer heard once its signal is aborted (an element that left the page)', () => {
    const handler = vi.fn();
    const connection = new AbortController();
    onStoredChange(['study:a'], handler, connection.signal);
    connection.abort();
    otherTabWrote('study:a');
    expect(handler).not.toHaveBeenCalled();
  });
});
