/**
 * Which questions go on the printed cheat sheet, kept on this device. What is stored is the
 * questions left off, so a question added later starts on the sheet; nothing stored means all.
 */
import { SHEET_KEY } from './preferences.ts';
import { readItem, writeItem } from './storage.ts';

export { SHEET_KEY };

/** The ids left off the sheet; anything unreadable counts as none (all printed). */
export function parseLeftOff(text: string | null): Set<string> {
  if (!text) return new Set();
  try {
    const data: unknown = JSON.parse(text);
    if (Array.isArray(data) && data.every((id) => typeof id === 'string')) return new Set(data);
  } catch {
    // Fall through: corrupted storage must not hide questions from the sheet.
  }
  return new Set();
}

export function loadLeftOff(storage?: Storage): Set<string> {
  return parseLeftOff(readItem(SHEET_KEY, storage));
}

export function saveLeftOff(ids: Set<string>, storage?: Storage): boolean {
  return writeItem(SHEET_KEY, JSON.stringify([...ids].sort()), storage);
}
