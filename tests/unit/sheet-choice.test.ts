import { describe, expect, it } from 'vitest';
import { SHEET_KEY, loadLeftOff, parseLeftOff, saveLeftOff } from '../../src/lib/sheet-choice.ts';
import { memoryStorage } from './helpers/memory-storage.ts';

describe('cheat sheet choice', () => {
  it('puts every question on the sheet until a choice is made', () => {
    expect(loadLeftOff(memoryStorage())).toEqual(new Set());
  });
  it('remembers the questions left off', () => {
    const storage = memoryStorage();
    expect(saveLeftOff(new Set(['b', 'a']), storage)).toBe(true);
    expect(storage.getItem(SHEET_KEY)).toBe('["a","b"]');
    expect(loadLeftOff(storage)).toEqual(new Set(['a', 'b']));
  });
  it.each(['{', '{"a":1}', '[1,2]', 'null'])('treats %s as no choice, so nothing disappears from the sheet', (text) => {
    expect(parseLeftOff(text)).toEqual(new Set());
  });
});
