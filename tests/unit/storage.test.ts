import { describe, expect, it } from 'vitest';
import { writeItems } from '../../src/lib/storage-batch.ts';
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

describe('writeItems', () => {
  /** Storage that holds `capacity` characters of values and throws past them, as a full one does. */
  const filling = (capacity: number, initial: Record<string, string>) => {
    const storage = memoryStorage(initial);
    const setItem = storage.setItem.bind(storage);
    const used = () => Array.from({ length: storage.length }, (_, i) => storage.getItem(storage.key(i)!)!.length).reduce((a, b) => a + b, 0);
    storage.setItem = (key, value) => {
      if (used() - (storage.getItem(key)?.length ?? 0) + value.length > capacity) throw new DOMException('full', 'QuotaExceededError');
      setItem(key, value);
    };
    return storage;
  };

  it('writes every item, and can undo them all', () => {
    const storage = memoryStorage({ a: 'old' });
    const written = writeItems({ a: 'new', b: 'added' }, storage);
    expect([readItem('a', storage), readItem('b', storage)]).toEqual(['new', 'added']);
    written!.undo();
    expect([readItem('a', storage), readItem('b', storage)]).toEqual(['old', null]);
  });
  it('writes none when storage fills part way: what was written goes back', () => {
    const storage = filling(12, { a: 'old' });
    expect(writeItems({ a: 'longer value', b: 'added' }, storage)).toBeUndefined();
    expect([readItem('a', storage), readItem('b', storage)]).toEqual(['old', null]);
  });
  it('writes none where storage is broken', () => {
    expect(writeItems({ a: 'new' }, broken)).toBeUndefined();
  });
});
