import { pageStorage, readItem, writeItem } from './storage.ts';

/**
 * Writes several items, all or none: when one is refused (storage full or off), those already
 * written go back to what they were. Returns how to undo the lot, for a later step that fails.
 */
export function writeItems(items: Record<string, string>, storage: Storage | undefined = pageStorage()): { undo(): void } | undefined {
  const written: [string, string | null][] = [];
  // Only what this call wrote is touched, each key on its own: a value that cannot be put back
  // stays as written rather than being lost.
  const undo = () => {
    for (const [key, old] of written) {
      try {
        if (old === null) storage?.removeItem(key);
        else storage?.setItem(key, old);
      } catch {
        // Storage turned off meanwhile: the newer value stays.
      }
    }
  };
  for (const [key, value] of Object.entries(items)) {
    const old = readItem(key, storage);
    if (!writeItem(key, value, storage)) {
      undo();
      return undefined;
    }
    written.push([key, old]);
  }
  return { undo };
}
