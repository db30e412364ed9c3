import { describe, expect, it } from 'vitest';
import { listInFile } from '../../../src/lib/json.ts';
import { audioFileName, parseAttempt } from '../../../src/lib/rehearsal/attempt.ts';
import { sampleAttempt } from '../helpers/samples.ts';


describe('attempt records', () => {
  it('accepts a record as the site writes it, with or without the optional parts', () => {
    const full = sampleAttempt({ transcript: 'I did it.', followUp: { question: 'Why?', at: 2.5 }, session: 's1' });
    expect(parseAttempt(full)).toEqual(full);
    expect(parseAttempt(sampleAttempt())).toEqual(sampleAttempt());
    const timed = sampleAttempt({ transcript: 'I did it. It worked.', pieces: [{ at: 0.4, text: 'I did it.' }, { at: 2, text: 'It worked.' }] });
    expect(parseAttempt(timed)).toEqual(timed);
  });

  it('keeps the mark that the person ticked the key points themselves, and nothing else in its place', () => {
    const ticked = sampleAttempt({ keyPoints: [false, false], ticked: true });
    expect(parseAttempt(ticked)).toEqual(ticked);
    expect(parseAttempt({ ...sampleAttempt(), ticked: 'yes' })).toEqual(sampleAttempt());
    expect(parseAttempt({ ...sampleAttempt(), ticked: false })).not.toHaveProperty('ticked');
  });

  it('reads a copy: changing what it gives changes nothing of what it read', () => {
    const stored = sampleAttempt({ followUp: { question: 'Why?', at: 2 }, pieces: [{ at: 0.4, text: 'I did it.' }] });
    const read = parseAttempt(stored)!;
    read.marks.push(3);
    read.keyPoints[0] = false;
    read.followUp!.question = 'How?';
    read.pieces![0]!.text = 'We did it.';
    expect(stored).toEqual(sampleAttempt({ followUp: { question: 'Why?', at: 2 }, pieces: [{ at: 0.4, text: 'I did it.' }] }));
  });

  it('reads a version 1 record (before the live transcript kept its pieces) as it was, at the current version', () => {
    const { version: _current, ...older } = sampleAttempt({ transcript: 'I did it.' });
    expect(parseAttempt({ ...older, version: 1 })).toEqual(sampleAttempt({ transcript: 'I did it.' }));
  });

  it.each([
    ['another version', { version: 3 }],
    ['pieces without their times', { pieces: [{ text: 'I did it.' }] }],
    ['no id', { id: '' }],
    ['a bad date', { at: 'yesterday' }],
    ['a negative duration', { seconds: -1 }],
    ['four marks', { marks: [1, 2, 3, 4] }],
    ['ticks that are not booleans', { keyPoints: ['yes'] }],
    ['a transcript that is not text', { transcript: 42 }],
    ['a follow-up with no question', { followUp: { at: 1 } }],
    ['a session that is not an id', { session: 7 }],
    ['a follow-up asked at no time', { followUp: { question: 'Why?', at: 'soon' } }],
  ])('refuses a record with %s', (_, change) => {
    expect(parseAttempt({ ...sampleAttempt(), ...change })).toBeUndefined();
  });

  it('refuses what is not a record at all', () => {
    for (const value of [null, 'text', [sampleAttempt()], 7]) expect(parseAttempt(value)).toBeUndefined();
  });

  it('keeps no extra fields from a foreign writer', () => {
    expect(parseAttempt({ ...sampleAttempt(), evil: '<script>' })).not.toHaveProperty('evil');
    const read = parseAttempt({ ...sampleAttempt({ pieces: [{ at: 1, text: 'I did it.' }], followUp: { question: 'Why?' } }), pieces: [{ at: 1, text: 'I did it.', evil: 1 }], followUp: { question: 'Why?', evil: 1 } });
    expect(read?.pieces).toEqual([{ at: 1, text: 'I did it.' }]);
    expect(read?.followUp).toEqual({ question: 'Why?' });
  });

  it('names a download by question, day and the recorder’s real type', () => {
    expect(audioFileName(sampleAttempt())).toBe('managing-managers-2026-11-26.webm');
    expect(audioFileName(sampleAttempt({ type: 'audio/mp4' }))).toBe('managing-managers-2026-11-26.m4a');
    expect(audioFileName(sampleAttempt({ type: 'audio/ogg;codecs=opus' }))).toBe('managing-managers-2026-11-26.ogg');
  });

  it('reads the attempts of an export file, and none from anything else', () => {
    expect(listInFile(JSON.stringify({ version: 1, questions: {}, attempts: [sampleAttempt()] }), 'attempts')).toHaveLength(1);
    expect(listInFile(JSON.stringify({ version: 1, questions: {} }), 'attempts')).toEqual([]);
    expect(listInFile('not json', 'attempts')).toEqual([]);
  });
});
