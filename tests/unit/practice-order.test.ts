import { describe, expect, it } from 'vitest';
import { filterByTopics, practiceOrder, shuffle } from '../../src/lib/practice-order.ts';
import { emptyProgress, rate } from '../../src/lib/progress.ts';

const cards = [
  { id: 'one', order: 1, topics: ['coaching'] },
  { id: 'two', order: 2, topics: ['influence', 'strategy'] },
  { id: 'three', order: 3, topics: ['conflict', 'influence'] },
  { id: 'four', order: 4, topics: ['culture'] },
  { id: 'five', order: 5, topics: ['strategy'] },
];
const day = (n: number) => new Date(Date.UTC(2026, 10, n));
const ids = (list: { id: string }[]) => list.map((card) => card.id);

describe('practiceOrder', () => {
  it('is the round order when nothing is practised', () => {
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

describe('filterByTopics', () => {
  it('keeps the cards on any chosen topic', () => {
    expect(ids(filterByTopics(cards, ['influence', 'culture']))).toEqual(['two', 'three', 'four']);
  });
  it('keeps all when no topic is chosen', () => expect(filterByTopics(cards, [])).toHaveLength(5));
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
