import { describe, expect, it } from 'vitest';
import { byOrder, neighbours } from '../../src/lib/order.ts';

const entry = (id: string, order: number) => ({ id, data: { order } });

describe('byOrder', () => {
  it('sorts by order, then by id, without changing its input', () => {
    const input = [entry('c', 2), entry('b', 1), entry('a', 2)];
    expect(byOrder(input).map((e) => e.id)).toEqual(['b', 'a', 'c']);
    expect(input.map((e) => e.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('neighbours', () => {
  const list = [entry('a', 1), entry('b', 2), entry('c', 3)];
  it('gives the entries on each side', () => {
    expect(neighbours(list, 'b')).toEqual({ previous: list[0], next: list[2] });
  });
  it('has no previous for the first and no next for the last', () => {
    expect(neighbours(list, 'a')).toEqual({ next: list[1] });
    expect(neighbours(list, 'c')).toEqual({ previous: list[1] });
  });
  it('is empty for an unknown id', () => expect(neighbours(list, 'z')).toEqual({}));
});
