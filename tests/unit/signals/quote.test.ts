import { describe, expect, it } from 'vitest';
import { quoteAround, quoteOf } from '../../../src/lib/signals/quote.ts';

describe('quotes', () => {
  it('a run of words around a match, within its sentence, "…" where it goes on', () => {
    const text = 'First things first. Then we set up a thirty day plan and we kind of paired with them all week long. Done.';
    const at = text.indexOf('kind of');
    expect(quoteAround(text, at, at + 7)).toBe('…day plan and we kind of paired with them all…');
    expect(quoteAround(text, at, at + 7, 2)).toBe('…and we kind of paired with…');
    expect(quoteAround('i think it worked', 0, 7)).toBe('i think it worked');
  });

  it('a whole piece, cut to twelve words, without its closing stop', () => {
    expect(quoteOf('A year later he was one of our best managers.')).toBe('A year later he was one of our best managers');
    expect(quoteOf('one two three four five six seven eight nine ten eleven twelve thirteen')).toBe('one two three four five six seven eight nine ten eleven twelve…');
  });
});
