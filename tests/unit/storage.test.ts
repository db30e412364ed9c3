import { describe, expect, it } from 'vitest';
import { readItem, writeItem } from '../../src/lib/storage.ts';
import { memoryStorage } from './helpers/memory-storage.ts';

/** A Storage whose every call throws, as Safari's private mode and disabled storage do. */
const broken = new Proxy({} as Storage, {
  get() {
    throw new DOMException('denied', 'SecurityError');
  },
});

describe('storage', () => {
  it('round-trips a value', () => {
    const storage = memoryStorage();
    expect(writeItem('k', 'dark', storage)).toBe(true);
    expect(readItem('k', storage)).toBe('dark');
  });
  it('reads unset and refuses to write, without throwing, when storage is broken or missing', () => {
    expect(readItem('k', broken)).toBeNull();
    expect(writeItem('k', 'dark', broken)).toBe(false);
    expect(readItem('k', undefined)).toBeNull();
    expect(writeItem('k', 'dark', undefined)).toBe(false);
  });
});
