import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, byWordsHeld, describeResults, excerptParts, readSearchState, sameState, writeSearchState } from '../../src/lib/search-state.ts';

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

describe('byWordsHeld', () => {
  const order = (titles: string[], query: string) => byWordsHeld(titles.map((title) => ({ title })), query).map(({ title }) => title);
  it('puts the question that holds most of the words asked first; ties keep page order', () => {
    const titles = ['The hardest feedback you gave', 'Feedback you received', 'Feedback to a peer', 'Nothing asked here'];
    expect(order(titles, 'feedback peer')).toEqual(['Feedback to a peer', 'The hardest feedback you gave', 'Feedback you received', 'Nothing asked here']);
  });
  it('counts each word once, however often the question says it, and matches it as the start of a word', () => {
    const titles = ['Did you tell your team what you decided?', 'A reorganization you led'];
    expect(order(titles, 'reorganization you led')).toEqual(['A reorganization you led', 'Did you tell your team what you decided?']);
    expect(order(['Your plan', 'A plan'], 'you')).toEqual(['Your plan', 'A plan']);
  });
  it('reads case and punctuation as nothing, and leaves its input alone', () => {
    const subs = [{ title: 'budget' }, { title: 'Tech debt: the case.' }];
    expect(byWordsHeld(subs, 'TECH, Debt!').map(({ title }) => title)).toEqual(['Tech debt: the case.', 'budget']);
    expect(subs.map(({ title }) => title)).toEqual(['budget', 'Tech debt: the case.']);
  });
});
