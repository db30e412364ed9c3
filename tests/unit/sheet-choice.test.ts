import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SHEET_KEY } from '../../src/lib/kept/keys.ts';
import { keptSheet, putOnSheet, readSheet } from '../../src/lib/sheet-choice.ts';
import { memoryStorage } from './helpers/memory-storage.ts';

let storage: Storage;
beforeEach(() => {
  storage = memoryStorage();
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => vi.unstubAllGlobals());

describe('cheat sheet choice', () => {
  it('puts every question on the sheet until a choice is made', () => {
    expect(keptSheet.load()).toEqual({ off: [] });
  });
  it('remembers the questions left off, with its version', () => {
    expect(keptSheet.save(putOnSheet('a', false)(putOnSheet('b', false)(keptSheet.load())))).toBe(true);
    expect(JSON.parse(storage.getItem(SHEET_KEY)!)).toEqual({ off: ['a', 'b'], version: 1 });
    expect(keptSheet.load().off).toEqual(['a', 'b']);
  });
  it('reads the list kept before versions (the ids left off) as version 1', () => {
    storage.setItem(SHEET_KEY, '["inclusive-culture","a"]');
    expect(keptSheet.load()).toEqual({ off: ['inclusive-culture', 'a'] });
  });
  it.each(['{', '{"a":1}', '[1,2]', 'null', '{"off":"a","version":1}'])('treats %s as no choice, so nothing disappears from the sheet', (text) => {
    storage.setItem(SHEET_KEY, text);
    expect(keptSheet.load()).toEqual({ off: [] });
  });
  it('puts a question on or leaves it off idempotently: made again, over another tab’s choice, nothing more changes', () => {
    const off = putOnSheet('a', false);
    expect(off(off({ off: ['c'] }))).toEqual({ off: ['a', 'c'] });
    expect(putOnSheet('a', true)(putOnSheet('a', true)({ off: ['a', 'c'] }))).toEqual({ off: ['c'] });
    expect(readSheet({ off: ['x'], version: 1 })).toEqual({ off: ['x'] });
  });
});
