/**
 * Which questions go on the printed cheat sheet, kept on this device (kept/keys.ts). What is stored
 * is the questions left off, so a question added later starts on the sheet; nothing stored means
 * all. Kept as a bare list of ids before versions: that list is read as version 1.
 */
import { SHEET_KEY, SHEET_VERSION } from './kept/keys.ts';
import { versioned } from './kept/versioned.ts';

export interface SheetChoice {
  /** The ids left off the sheet, sorted. */
  off: string[];
}

const ids = (list: unknown): string[] => (Array.isArray(list) && list.every((id) => typeof id === 'string') ? list : []);

/** The choice in what is stored or imported; anything unreadable counts as none (all printed). */
export const readSheet = (data: unknown): SheetChoice => ({ off: ids(Array.isArray(data) ? data : Object(data).off) });

export const keptSheet = /* @__PURE__ */ versioned(SHEET_KEY, SHEET_VERSION, readSheet);

/** A question put on the sheet (`on`) or left off, made to the choice stored now: made again, it changes nothing (shared-value.ts). */
export const putOnSheet =
  (id: string, on: boolean) =>
  ({ off }: SheetChoice): SheetChoice => ({ off: on ? off.filter((other) => other !== id) : [...new Set([...off, id])].sort() });
