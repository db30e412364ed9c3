/**
 * Safe access to localStorage. Storage can be missing (old browsers, some embeds),
 * disabled (reading the property throws), full, or read-only in private mode:
 * none of these may break a page.
 */

/** The page's localStorage, or undefined where even reading the property throws. */
export function pageStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** Reads an item; unavailable storage reads as unset. */
export function readItem(key: string, storage: Storage | undefined = pageStorage()): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Writes an item; returns false when storage refuses, never throws. */
export function writeItem(key: string, value: string, storage: Storage | undefined = pageStorage()): boolean {
  try {
    if (!storage) return false;
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
