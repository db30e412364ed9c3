import { describe, expect, it } from 'vitest';
import { parseSession } from '../../../src/lib/interview/session-parse.ts';
import { keyPointShare } from '../../../src/lib/interview/session.ts';
import { DEFAULT_SETUP } from '../../../src/lib/interview/setup.ts';
import { sampleSession } from '../helpers/samples.ts';


describe('session records', () => {
  it('accepts a record as the room writes it, with or without a rating, a limit or transcript figures', () => {
    expect(parseSession(sampleSession())).toEqual(sampleSession());
    const plain = sampleSession({ answers: [{ question: 'managing-managers', attempt: 'a1', limit: null }], figures: { answers: 1, withinTime: 1, keyPointsSaid: 0, keyPoints: 4, keyPointsChecked: 1 } });
    expect(parseSession(plain)).toEqual(plain);
    const unchecked = sampleSession({ figures: { answers: 1, withinTime: 1, keyPointsSaid: 0, keyPoints: 0, keyPointsChecked: 0 } });
    expect(parseSession(unchecked)).toEqual(unchecked);
  });

  it('reads a record kept before key points were counted only where checked: none said is none checked, never 0%', () => {
    // Before issue 34 every answer's key points counted, ticked or not: "0 of 4" meant nobody looked.
    const older = sampleSession({ figures: { answers: 1, withinTime: 1, keyPointsSaid: 0, keyPoints: 4 } });
    const read = parseSession(older)!;
    expect(read.figures).toEqual({ answers: 1, withinTime: 1, keyPointsSaid: 0, keyPoints: 0, keyPointsChecked: 0 });
    expect(keyPointShare(read.figures)).toBeUndefined();
    // With some said, someone checked: the share stands, which answers is not known.
    expect(parseSession(sampleSession())!.figures).toEqual(sampleSession().figures);
  });

  it('keeps what was asked from the bank per question, and drops an "asked" that is not text', () => {
    const asked = { 'managing-managers': 'Tell me about a reorganization you led. Why was it needed, and how did it land?' };
    expect(parseSession({ ...sampleSession(), asked })?.asked).toEqual(asked);
    expect(parseSession({ ...sampleSession(), asked: { 'managing-managers': 3 } })).not.toHaveProperty('asked');
  });

  it('reads an unknown set-up field back as its default, not as a corrupt record', () => {
    const odd = { ...sampleSession(), setup: { ...DEFAULT_SETUP, limit: '7 hours', thinking: 99 } };
    expect(parseSession(odd)?.setup).toEqual(DEFAULT_SETUP);
  });

  it.each([
    ['another version', { version: 2 }],
    ['no id', { id: '' }],
    ['a bad date', { at: 'yesterday' }],
    ['questions that are not ids', { questions: [1] }],
    ['a negative time', { seconds: -1 }],
    ['no ended flag', { ended: 'yes' }],
    ['an answer without its attempt', { answers: [{ question: 'managing-managers', limit: 10 }] }],
    ['an answer with a bad rating', { answers: [{ question: 'q', attempt: 'a', limit: 10, rating: { rating: 'great', at: '2026-11-26' } }] }],
    ['figures that are not numbers', { figures: { answers: 'one', withinTime: 0, keyPointsSaid: 0, keyPoints: 0 } }],
    ['a count of answers checked that is not one', { figures: { answers: 1, withinTime: 0, keyPointsSaid: 0, keyPoints: 0, keyPointsChecked: -1 } }],
  ])('rejects %s', (_case, change) => {
    expect(parseSession({ ...sampleSession(), ...change })).toBeUndefined();
  });

  it('works out the share of key points said, none without key points', () => {
    expect(keyPointShare({ keyPointsSaid: 2, keyPoints: 3 })).toBe(67);
    expect(keyPointShare({ keyPointsSaid: 0, keyPoints: 0 })).toBeUndefined();
  });
});
