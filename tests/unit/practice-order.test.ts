import { describe, expect, it } from 'vitest';
import { filterCards, practiceOrder, shuffle } from '../../src/lib/practice-order.ts';
import { emptyProgress, rate } from '../../src/lib/progress.ts';

const cards = [
  { id: 'one', topics: ['coaching'], round: 'soft' },
  { id: 'two', topics: ['influence', 'strategy'], round: 'soft' },
  { id: 'three', topics: ['conflict', 'influence'], round: 'soft' },
  { id: 'four', topics: ['culture'], round: 'vision' },
  { id: 'five', topics: ['strategy'], round: 'vision' },
];
const day = (n: number) => new Date(Date.UTC(2026, 10, n));
const ids = (list: { id: string }[]) => list.map((card) => card.id);

describe('practiceOrder', () => {
  it('is the round order when nothing is practised', () => {
    expect(ids(practiceOrder(cards.slice(0, 3), emptyProgress()))).toEqual(['one', 'two', 'three']);
    // Orders repeat across rounds: the cards keep the order given (round by round).
    expect(ids(practiceOrder(cards, emptyProgress()))).toEqual(['one', 'two', 'three', 'four', 'five']);
  });

  it('puts never practised first, then Needs work, Getting there, Nailed it', () => {
    let progress = rate(emptyProgress(), 'one', 'nailed-it', day(1));
    progress = rate(progress, 'two', 'getting-there', day(1));
    progress = rate(progress, 'three', 'needs-work', day(1));
    expect(ids(practiceOrder(cards, progress))).toEqual(['four', 'five', 'three', 'two', 'one']);
  });

  it('within a rating, puts the least recently practised first, then by order', () => {
    let progress = rate(emptyProgress(), 'one', 'needs-work', day(5));
    progress = rate(progress, 'two', 'needs-work', day(2));
    progress = rate(progress, 'three', 'needs-work', day(5));
    progress = rate(progress, 'four', 'needs-work', day(5));
    progress = rate(progress, 'five', 'needs-work', day(1));
    expect(ids(practiceOrder(cards, progress))).toEqual(['five', 'two', 'one', 'three', 'four']);
  });
});

describe('filterCards', () => {
  it('keeps the cards on any chosen topic', () => {
    expect(ids(filterCards(cards, ['influence', 'culture']))).toEqual(['two', 'three', 'four']);
  });
  it('keeps all when no topic and no round is chosen', () => expect(filterCards(cards, [], [])).toHaveLength(5));
  it('keeps the cards of the chosen rounds, and of those the chosen topics', () => {
    expect(ids(filterCards(cards, [], ['vision']))).toEqual(['four', 'five']);
    expect(ids(filterCards(cards, ['strategy'], ['vision']))).toEqual(['five']);
    expect(ids(filterCards(cards, ['strategy'], ['soft', 'vision']))).toEqual(['two', 'five']);
  });
});

describe('shuffle', () => {
  it('permutes every card exactly once, repeatably for a given random source', () => {
    const sequence = [0.9, 0.1, 0.5, 0.3];
    const random = () => sequence.shift() ?? 0;
    const shuffled = shuffle(cards, random);
    expect(ids(shuffled).sort()).toEqual(ids(cards).sort());
    expect(ids(shuffled)).not.toEqual(ids(cards));
  });
});
