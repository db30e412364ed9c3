import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, byRelevance, describeResults, excerptParts, readSearchState, sameState, writeSearchState, type SubResult } from '../../src/lib/search-state.ts';

const TOPICS = ['conflict', 'dei', 'influence'];

describe('search state in the URL', () => {
  it('reads words and known topics, each topic once', () => {
    expect(readSearchState('?q=paved+road&topic=conflict&topic=nope&topic=conflict&topic=dei', TOPICS)).toEqual({
      q: 'paved road',
      topics: ['conflict', 'dei'],
    });
  });

  it('reads an empty or missing query as no search', () => {
    expect(readSearchState('', TOPICS)).toEqual({ q: '', topics: [] });
    expect(readSearchState('?q=%20%20', TOPICS)).toEqual({ q: '', topics: [] });
  });

  it('cuts a very long query', () => {
    expect(readSearchState(`?q=${'a'.repeat(500)}`, TOPICS).q).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('round-trips hostile input unchanged, as text', () => {
    const q = '<script>alert("x")</script> \'quotes\' & 🙂';
    const search = writeSearchState({ q, topics: ['influence'] });
    expect(search).not.toContain('<');
    expect(readSearchState(search, TOPICS)).toEqual({ q, topics: ['influence'] });
  });

  it('writes topics in a stable order, and nothing for an empty search', () => {
    expect(writeSearchState({ q: 'x', topics: ['dei', 'conflict'] })).toBe('?q=x&topic=conflict&topic=dei');
    expect(writeSearchState({ q: ' ', topics: [] })).toBe('');
    expect(sameState({ q: 'x', topics: ['dei', 'conflict'] }, { q: 'x ', topics: ['conflict', 'dei'] })).toBe(true);
  });
});

describe('excerptParts', () => {
  it("reads only Pagefind's <mark> tags as marks; all else, tags included, stays text", () => {
    expect(excerptParts('a <mark>paved</mark> road & <b>bold</b> <script>x</script>')).toEqual([
      { text: 'a ', mark: false },
      { text: 'paved', mark: true },
      { text: ' road & <b>bold</b> <script>x</script>', mark: false },
    ]);
  });
  it('keeps text raw: an entity is not decoded', () => {
    expect(excerptParts('<mark>DE&amp;I</mark>')).toEqual([{ text: 'DE&amp;I', mark: true }]);
  });
});

describe('describeResults', () => {
  it.each([
    [3, 'paved road', [], '3 results for “paved road”'],
    [1, 'paved road', ['Conflict resolution'], '1 result for “paved road” on Conflict resolution'],
    [2, '', ['Influence', 'Strategy'], '2 questions on Influence or Strategy'],
    [0, 'xyz', [], 'No results for “xyz”'],
  ])('%i for "%s" on %j reads "%s"', (count, q, topicLabels, text) => {
    expect(describeResults(count, { q, topicLabels })).toBe(text);
  });
});

describe('byRelevance', () => {
  const sub = (id: string, ...scores: number[]) => ({ id, weighted_locations: scores.map((balanced_score) => ({ balanced_score })) });
  it('puts the section whose matched words score most first, and keeps page order on a tie', () => {
    const subs = [sub('one word', 2), sub('none'), sub('both words', 2, 3), sub('one word again', 2)];
    expect(byRelevance(subs).map(({ id }) => id)).toEqual(['both words', 'one word', 'one word again', 'none']);
  });
  it('reads a section without locations as scoring nothing, and leaves its input alone', () => {
    const subs: (SubResult & { id: string })[] = [{ id: 'bare' }, sub('scored', 1)];
    expect(byRelevance(subs).map(({ id }) => id)).toEqual(['scored', 'bare']);
    expect(subs.map(({ id }) => id)).toEqual(['bare', 'scored']);
  });
});
