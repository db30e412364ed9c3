import { describe, expect, it } from 'vitest';
import { listOf, plural } from '../../src/lib/words.ts';

describe('words', () => {
  it('counts with the right noun', () => {
    expect(plural(1, 'rating')).toBe('1 rating');
    expect(plural(3, 'rating')).toBe('3 ratings');
    expect(plural(2, 'query', 'queries')).toBe('2 queries');
  });
  it('lists what is there, the last with “and”', () => {
    expect(listOf([])).toBe('');
    expect(listOf(['1 rating', 0, ''])).toBe('1 rating');
    expect(listOf(['1 rating', false, '2 attempts'])).toBe('1 rating and 2 attempts');
    expect(listOf(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
