import { describe, expect, it } from 'vitest';
import { emptyProgress, rate } from '../../src/lib/progress.ts';
import { practisedText, toPractise } from '../../src/lib/to-practise.ts';

const day = (n: number) => new Date(Date.UTC(2026, 10, n));
const MODELS = ['a', 'b', 'c', 'd', 'e'];

describe('what there is to practise', () => {
  it('is the model answers your stories leave, and your stories (a round’s own, when one is named)', () => {
    const stories = [
      { id: 'mine-1', round: 'one' },
      { id: 'mine-2', round: 'two', replaces: 'b' },
    ];
    expect(toPractise(MODELS, stories)).toEqual({ models: ['a', 'c', 'd', 'e'], stories: ['mine-1', 'mine-2'] });
    expect(toPractise(MODELS, stories, 'one')).toEqual({ models: ['a', 'c', 'd', 'e'], stories: ['mine-1'] });
    expect(toPractise(MODELS, [])).toEqual({ models: MODELS, stories: [] });
  });

  it('counts only what exists now and says it naturally, with your stories said as such', () => {
    let progress = rate(emptyProgress(), 'a', 'needs-work', day(1));
    progress = rate(progress, 'b', 'nailed-it', day(1));
    progress = rate(progress, 'c', 'nailed-it', day(1));
    progress = rate(progress, 'deleted', 'needs-work', day(1));
    expect(practisedText(progress, MODELS)).toBe('3 of 5 practised, 1 needs work, 2 nailed it');
    expect(practisedText(emptyProgress(), ['a', 'b'])).toBe('None of 2 practised yet');
    expect(practisedText(rate(progress, 'b', 'needs-work', day(2)), ['a', 'b'])).toBe('2 of 2 practised, 2 need work');
    // The issue's own example: one story of yours beside the five model answers.
    const mine = rate(rate(emptyProgress(), 'a', 'nailed-it', day(1)), 'mine-1', 'getting-there', day(1));
    expect(practisedText(mine, MODELS, ['mine-1'])).toBe('2 of 6 practised: 5 model answers, 1 story of yours; 1 getting there, 1 nailed it');
    expect(practisedText(emptyProgress(), ['a'], ['mine-1', 'mine-2'])).toBe('None of 3 practised yet: 1 model answer, 2 stories of yours');
  });

  it('reads ids as an attribute lists them: an empty list is no id', () => {
    expect(practisedText(emptyProgress(), [''], [''])).toBe('None of 0 practised yet');
    expect(practisedText(emptyProgress(), ['a'], [''])).toBe('None of 1 practised yet');
  });
});
