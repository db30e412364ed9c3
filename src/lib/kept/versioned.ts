/**
 * A small value kept on this device under one key (keys.ts), stored as its fields with its version
 * beside them (storedText): the plan's settings and schedule, the mock interview's set-up, the
 * cheat sheet's choice. `read` is given whatever is stored and never throws on it: nothing
 * (undefined), text that is not JSON (null), the form from before versions (its migration), or its
 * own version. A value written by a newer version of the site is read as nothing here, said, and
 * never written over. Pages change it through shareValue (shared-value.ts), which merges their
 * change with what another tab wrote.
 */
import { parseJson } from '../json.ts';
import type { Kept } from '../shared-value.ts';
import { readItem, writeItem } from '../storage.ts';

/** A value as it is stored: its fields, and its version (an import writes the same, src/lib/transfer/merge.ts). */
const storedText = (value: unknown, version: number): string => JSON.stringify({ ...Object(value), version });

export function versioned<T>(key: string, version: number, read: (data: unknown) => T): Kept<T> {
  const stored = () => {
    const text = readItem(key);
    return text === null ? undefined : (parseJson(text) ?? null);
  };
  const newer = (data: unknown) => Object(data).version > version;
  return {
    key,
    load() {
      const data = stored();
      // console.warn gives undefined: a newer version's value reads as nothing.
      return read(newer(data) ? console.warn(key, 'is from a newer version: left alone') : data);
    },
    save: (value) => !newer(stored()) && writeItem(key, storedText(value, version)),
  };
}
