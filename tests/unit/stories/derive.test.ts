// What a story of yours is worked out to (src/lib/stories/derive.ts): its speaking time and its parts' words.
import { describe, expect, it } from 'vitest';
import { storyPartWords, storySeconds } from '../../../src/lib/stories/derive.ts';
import { sampleStory } from './sample.ts';

describe('a story’s speaking time and parts', () => {
  it('speaking time and parts: the whole answer when there is one, its labelled parts counted each', () => {
    const lines = sampleStory();
    expect(storySeconds(lines)).toBeGreaterThan(0);
    expect(storyPartWords(lines)).toEqual([11, 7, 15, 9]);
    const labelled = sampleStory({ answer: 'I led platform.\n\nSituation: one two three.\n\nTask: four five.\n\nAction: six seven eight nine.\n\nResult: ten.' });
    expect(storyPartWords(labelled)).toEqual([7, 3, 5, 2]);
  });
});
