/** A plain object (not null, not an array): what JSON read from storage, a file or a link must be. */
export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The list under `key` in an export file's text ("attempts", "sessions"), each item to be checked by its reader; [] when there is none. */
export function listInFile(text: string, key: string): unknown[] {
  const list: unknown = Object(parseJson(text))[key];
  return Array.isArray(list) ? list : [];
}

/** The value of a JSON text; undefined when there is no text or it is not JSON. */
export function parseJson(text: string | null): unknown {
  try {
    return text === null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}
