import { describe, expect, it } from 'vitest';
import { digitsFromWords, figuresIn } from '../../src/lib/number-words.ts';

describe('numbers said as words, read as digits', () => {
  it('reads units, tens, compounds and scales', () => {
    expect(digitsFromWords('a thirty day plan')).toBe('a 30 day plan');
    expect(digitsFromWords('twenty five engineers, forty-two services')).toBe('25 engineers, 42 services');
    expect(digitsFromWords('two hundred and fifty people')).toBe('250 people');
    expect(digitsFromWords('three thousand five hundred dollars')).toBe('3500 dollars');
    expect(digitsFromWords('a hundred teams')).toBe('a 100 teams');
  });

  it('reads percentages and fractions as a written story gives them', () => {
    expect(digitsFromWords('fifty percent of his time')).toBe('50% of his time');
    expect(digitsFromWords('50 per cent')).toBe('50%');
    expect(digitsFromWords('half of his time pairing')).toBe('50% of his time pairing');
    expect(digitsFromWords('a third of the budget, two thirds of it, a quarter, three quarters')).toBe('33% of the budget, 67% of it, 25%, 75%');
  });

  it('reads "one on one" and "one to one" as 1:1, and ranges as their two ends', () => {
    expect(digitsFromWords('weekly one on ones, a one-to-one')).toBe('weekly 1:1s, a 1:1');
    expect(digitsFromWords('the next twelve to eighteen months')).toBe('the next 12 to 18 months');
  });

  it('leaves words that are not numbers alone, and digits as they are', () => {
    expect(digitsFromWords('someone, phone, often, tenure, 30-day')).toBe('someone, phone, often, tenure, 30-day');
  });

  it('finds the figures either way', () => {
    expect(figuresIn('a thirty day plan, half his time, one on one')).toEqual(['30', '50%', '1:1']);
    expect(figuresIn('30-day plan: 50% of his time, 1:1s, 12-18 months')).toEqual(['30', '50%', '1:1', '12', '18']);
  });
});
