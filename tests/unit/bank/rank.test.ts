import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestFits, rankStories } from '../../../src/lib/bank/rank.ts';
import { TOPIC_IDS, type Topic } from '../../../src/lib/topics.ts';

const stories = [
  { id: 'a', topics: ['influence', 'conflict'] as Topic[] },
  { id: 'b', topics: ['hiring'] as Topic[] },
  { id: 'c', topics: ['conflict', 'influence', 'strategy'] as Topic[] },
  { id: 'd', topics: ['conflict'] as Topic[] },
];

describe('ranking stories by shared topics', () => {
  it('puts the stories sharing most topics first, ties in the stories’ order, with the shared topics in the question’s order', () => {
    expect(rankStories(['strategy', 'conflict', 'influence'], stories).map(({ story, shared }) => `${story.id}:${shared.join('+')}`)).toEqual([
      'c:strategy+conflict+influence',
      'a:conflict+influence',
      'd:conflict',
      'b:',
    ]);
  });

  it('best fits: only stories sharing a topic, at most the limit', () => {
    expect(bestFits(['conflict'], stories, 2).map(({ story }) => story.id)).toEqual(['a', 'c']);
    expect(bestFits(['budgeting'], stories)).toEqual([]);
  });

  it('for any topics and stories: every story once, shared counts never rising, each shared topic truly shared', () => {
    const topics = fc.uniqueArray(fc.constantFrom(...TOPIC_IDS), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(topics, fc.array(topics, { maxLength: 8 }), (asked, lists) => {
        const told = lists.map((list, index) => ({ id: String(index), topics: list }));
        const ranked = rankStories(asked, told);
        expect(ranked.map(({ story }) => story.id).sort()).toEqual(told.map(({ id }) => id).sort());
        for (const [i, { story, shared }] of ranked.entries()) {
          expect(shared).toEqual(asked.filter((topic) => story.topics.includes(topic)));
          if (i > 0) expect(ranked[i - 1]!.shared.length).toBeGreaterThanOrEqual(shared.length);
        }
      }),
    );
  });
});
