import { describe, expect, it } from 'vitest';
import { GOES_ON, cueCounts } from '../../../src/lib/rehearsal/part-cues.ts';

// Which part a piece's words point to, whatever the story: the part with the most cues.
const strongest = (text: string) => {
  const counts = cueCounts(text);
  return counts.indexOf(Math.max(...counts));
};

describe('what a piece’s words say of its part', () => {
  it.each([
    ['at my last job there was a team that kept missing its dates', 0],
    ['about three months in his team was slowing down', 0],
    ['so my goal was to get him to let go', 1],
    ['i needed to get the cto and the cfo on board', 1],
    ['so i asked him what only he could do', 2],
    ['then we moved the services onto their rotations', 2],
    ['a list of needs is put together by the managers', 2],
    ['and in the end it worked', 3],
    ['a year later he was one of our best managers', 3],
    ['and within a quarter about half our services were on it', 3],
    ['what i learned is you have to coach them', 3],
  ])('"%s" points to part %i', (text, part) => expect(strongest(text)).toBe(part));

  it('a piece with no cue says nothing', () => {
    expect(cueCounts('the ciso cared about security')).toEqual([0, 0, 0, 0]);
  });

  it('words that carry a piece on: a part rarely starts there', () => {
    expect(GOES_ON.test('and then we')).toBe(true);
    expect(GOES_ON.test('so i asked')).toBe(false);
  });
});
