import { describe, expect, it } from 'vitest';
import { isTheme, readPreference, writePreference } from '../../src/lib/preferences.ts';

/** A Storage whose every call throws, as Safari's private mode and disabled storage do. */
const broken = new Proxy({} as Storage, {
  get() {
    throw new DOMException('denied', 'SecurityError');
  },
});

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, value),
  };
}

describe('preferences', () => {
  it('round-trips a value', () => {
    const storage = memoryStorage();
    expect(writePreference('k', 'dark', storage)).toBe(true);
    expect(readPreference('k', storage)).toBe('dark');
  });
  it('reads unset and refuses to write, without throwing, when storage is broken or missing', () => {
    expect(readPreference('k', broken)).toBeNull();
    expect(writePreference('k', 'dark', broken)).toBe(false);
    expect(readPreference('k', undefined)).toBeNull();
    expect(writePreference('k', 'dark', undefined)).toBe(false);
  });
  it('knows the two themes', () => {
    expect(isTheme('dark')).toBe(true);
    expect(isTheme('light')).toBe(true);
    expect(isTheme('sepia')).toBe(false);
  });
});
