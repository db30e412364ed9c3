import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { versioned } from '../../../src/lib/kept/versioned.ts';
import { memoryStorage } from '../helpers/memory-storage.ts';

let storage: Storage;
beforeEach(() => {
  storage = memoryStorage();
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** A value of version 2 whose version 1 (and the form before versions) called its one field `n`. */
const kept = versioned('k', 2, (data) => {
  const { count, n } = Object(data) as { count?: unknown; n?: unknown };
  return { count: typeof count === 'number' ? count : typeof n === 'number' ? n : 0, read: data === null ? 'unreadable' : data === undefined ? 'none' : 'some' };
});

describe('a small versioned value', () => {
  it('reads nothing stored, and text that is not JSON, each as its reader says, without throwing', () => {
    expect(kept.load()).toEqual({ count: 0, read: 'none' });
    storage.setItem('k', '{"count":');
    expect(kept.load()).toEqual({ count: 0, read: 'unreadable' });
  });

  it('reads an older form through its reader (the migration), and its own version as it is', () => {
    storage.setItem('k', '{"n":3}');
    expect(kept.load().count).toBe(3);
    storage.setItem('k', '{"n":4,"version":1}');
    expect(kept.load().count).toBe(4);
    storage.setItem('k', '{"count":5,"version":2}');
    expect(kept.load().count).toBe(5);
  });

  it('writes its fields with its version beside them', () => {
    expect(kept.save({ count: 6, read: 'some' })).toBe(true);
    expect(JSON.parse(storage.getItem('k')!)).toEqual({ count: 6, read: 'some', version: 2 });
  });

  it('reads a newer version’s value as nothing, says so, and never writes over it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    storage.setItem('k', '{"count":7,"version":3}');
    expect(kept.load()).toEqual({ count: 0, read: 'none' });
    expect(warn).toHaveBeenCalledWith('k', expect.stringContaining('newer version'));
    expect(kept.save({ count: 8, read: 'some' })).toBe(false);
    expect(storage.getItem('k')).toBe('{"count":7,"version":3}');
  });

  it('says when storage refuses, and never throws', () => {
    vi.spyOn(storage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(kept.save({ count: 1, read: 'some' })).toBe(false);
    vi.stubGlobal('localStorage', undefined);
    expect(kept.load()).toEqual({ count: 0, read: 'none' });
  });
});
