import { describe, expect, it } from 'vitest';
import { entriesOn, topicCounts, topicsInUse } from '../../src/lib/coverage.ts';
import type { Topic } from '../../src/lib/topics.ts';

const entry = (id: string, topics: Topic[]) => ({ id, data: { topics } });
const entries = [entry('a', ['strategy', 'influence']), entry('b', ['influence']), entry('c', ['dei'])];

describe('coverage', () => {
  it('lists the topics in use in the vocabulary order', () => {
    expect(topicsInUse(entries)).toEqual(['influence', 'dei', 'strategy']);
  });
  it('finds the entries on a topic', () => {
    expect(entriesOn(entries, 'influence').map((e) => e.id)).toEqual(['a', 'b']);
    expect(entriesOn(entries, 'hiring')).toEqual([]);
  });
  it('counts entries per topic', () => {
    expect([...topicCounts(entries)]).toEqual([
      ['influence', 2],
      ['dei', 1],
      ['strategy', 1],
    ]);
  });
});
