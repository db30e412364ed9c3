/** A plain object (not null, not an array): what JSON read from storage, a file or a link must be. */
export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The list under `key` in an export file's text ("attempts", "sessions"), each item to be checked by its reader; [] when there is none. */
export function listInFile(text: string, key: string): unknown[] {
  try {
    const list: unknown = (JSON.parse(text) as Record<string, unknown>)[key];
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}
