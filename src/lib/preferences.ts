/** localStorage keys of the reader's preferences; `src/scripts/before-paint.js` reads the same keys. */
export const PREFERENCE_KEYS = {
  theme: 'study:theme',
} as const;

export type Theme = 'light' | 'dark';

export function isTheme(value: unknown): value is Theme {
  return value === 'light' || value === 'dark';
}

/** The page's localStorage, or undefined where reading it throws (disabled storage, sandboxed frames). */
function pageStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** Reads a preference; storage that is missing or disabled reads as unset. */
export function readPreference(key: string, storage: Storage | undefined = pageStorage()): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Writes a preference; returns false when storage refuses (private mode, quota), never throws. */
export function writePreference(key: string, value: string, storage: Storage | undefined = pageStorage()): boolean {
  try {
    storage?.setItem(key, value);
    return storage !== undefined;
  } catch {
    return false;
  }
}
