import { describe, expect, it } from 'vitest';
import { speechPieces } from '../../../src/lib/interview/sentences.ts';

describe('a question cut for speech', () => {
  it('says each sentence as one piece', () => {
    expect(speechPieces('Describe your philosophy for managing other leaders. Can you tell me about a time you coached a new manager?')).toEqual([
      'Describe your philosophy for managing other leaders.',
      'Can you tell me about a time you coached a new manager?',
    ]);
  });
  it('cuts a sentence too long for one utterance after a comma, keeping every word', () => {
    const long = `${'This is a clause that goes on, '.repeat(8)}and ends here.`;
    const pieces = speechPieces(long, 80);
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.every((piece) => piece.length <= 80)).toBe(true);
    expect(pieces.join(' ')).toBe(long);
  });
  it('keeps numbers with decimals and short questions whole', () => {
    expect(speechPieces('We saved 2.5 million. Why?')).toEqual(['We saved 2.5 million.', 'Why?']);
  });
});
