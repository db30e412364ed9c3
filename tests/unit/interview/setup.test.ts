import { describe, expect, it, vi } from 'vitest';
import { answerLimit } from '../../../src/lib/interview/answer-limit.ts';
import { DEFAULT_SETUP, describeSetup, keptSetup, readSetup } from '../../../src/lib/interview/setup.ts';
import { SETUP_KEY } from '../../../src/lib/kept/keys.ts';
import { memoryStorage } from '../helpers/memory-storage.ts';

describe('the interview set-up', () => {
  it('defaults to your own questions, every one, weakest first, follow-ups, the answer’s own time + 25 %, 5 s to think, aloud and recorded', () => {
    expect(readSetup(undefined)).toEqual({
      round: '',
      source: 'mine',
      count: 'all',
      order: 'weakest',
      followUps: true,
      limit: 'own',
      thinking: 5,
      voice: true,
      record: true,
      camera: false,
      // The conversation: the questions only, uninterrupted, at full length (issue 37).
      opening: false,
      main: true,
      closing: false,
      interrupt: false,
      short: false,
    });
    expect(readSetup('not an object')).toEqual(DEFAULT_SETUP);
  });

  it('keeps what it knows and gives each unknown field its default', () => {
    const stored = {
      round: 'technical-vision',
      source: 'bank',
      count: '3',
      order: 'shuffled',
      followUps: false,
      limit: '180',
      thinking: 0,
      voice: false,
      record: false,
      camera: true,
      opening: true,
      main: false,
      closing: true,
      interrupt: true,
      short: true,
    };
    expect(readSetup(stored)).toEqual(stored);
    expect(readSetup({ ...stored, camera: 'yes' }).camera).toBe(false);
    expect(readSetup({ ...stored, count: '7', limit: 'forever', thinking: 16, voice: 'yes' })).toEqual({ ...stored, count: 'all', limit: 'own', thinking: 5, voice: true });
    expect(readSetup({ thinking: 2.5 }).thinking).toBe(5);
    expect(readSetup({ source: 'somewhere' }).source).toBe('mine');
    expect(readSetup({ thinking: 15 }).thinking).toBe(15);
    expect(readSetup({ ...stored, interrupt: 'yes', main: 1 })).toEqual({ ...stored, interrupt: false, main: true });
  });

  it('says the conversation’s parts in the summary only when switched from their defaults', () => {
    expect(describeSetup(DEFAULT_SETUP, 5)).not.toMatch(/opening|interruptions|short versions|your questions/);
    expect(describeSetup({ ...DEFAULT_SETUP, opening: true, interrupt: true, short: true, closing: true }, 5)).toMatch(/ · your opening · short versions · interruptions · your questions$/);
    expect(describeSetup({ ...DEFAULT_SETUP, main: false, closing: true }, 5)).toMatch(/ · no questions · your questions$/);
  });

  it('reads the set-up kept before versions as version 1, and writes its version', () => {
    const storage = memoryStorage({ [SETUP_KEY]: JSON.stringify({ ...DEFAULT_SETUP, count: '3', thinking: 0 }) });
    vi.stubGlobal('localStorage', storage);
    try {
      expect(keptSetup.load()).toEqual({ ...DEFAULT_SETUP, count: '3', thinking: 0 });
      expect(keptSetup.save({ ...DEFAULT_SETUP, count: '5' })).toBe(true);
      expect(JSON.parse(storage.getItem(SETUP_KEY)!)).toEqual({ ...DEFAULT_SETUP, count: '5', version: 1 });
      expect(keptSetup.load().count).toBe('5');
      storage.setItem(SETUP_KEY, '{"count":');
      expect(keptSetup.load()).toEqual(DEFAULT_SETUP);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('allows an answer its speaking time + 25 % (to the next 5 s), a fixed time, or no limit', () => {
    expect(answerLimit('own', 120)).toBe(150);
    expect(answerLimit('own', 130)).toBe(165);
    expect(answerLimit('own', 113)).toBe(145);
    expect(answerLimit('180', 120)).toBe(180);
    expect(answerLimit('none', 120)).toBeNull();
  });

  it('sums the set-up up in one line', () => {
    expect(describeSetup(DEFAULT_SETUP, 5)).toBe('All 5 questions, weakest first · each answer’s own time + 25% · 5 s to think · a follow-up after each · questions read aloud · answers recorded');
    const other = { ...DEFAULT_SETUP, count: '3' as const, order: 'shuffled' as const, limit: '120' as const, thinking: 0, followUps: false };
    expect(describeSetup(other, 5, false, false)).toBe('3 of 5 questions, shuffled · 2 minutes an answer · no time to think · no follow-ups · questions shown only · answers not recorded');
    expect(describeSetup({ ...DEFAULT_SETUP, camera: true }, 5)).toMatch(/ · answers recorded with the camera$/);
    expect(describeSetup({ ...DEFAULT_SETUP, count: '5' }, 4)).toMatch(/^All 4 questions/);
    expect(describeSetup({ ...DEFAULT_SETUP, count: '3', source: 'stories' }, 1)).toMatch(/^Your stories: 1 question, weakest first/);
    expect(describeSetup({ ...DEFAULT_SETUP, source: 'bank', count: '3' }, 5)).toMatch(/^3 unseen questions from the bank · each answer’s own time/);
    expect(describeSetup({ ...DEFAULT_SETUP, source: 'bank' }, 5)).toMatch(/^Unseen questions from the bank, one for each story · /);
  });
});
