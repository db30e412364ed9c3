// What a story of yours is worked out to (src/lib/stories/derive.ts): its speaking time and its parts' words.
import { describe, expect, it } from 'vitest';
import { storyLines, storyPartWords, storyRehearsal, storySeconds, storyTiming } from '../../../src/lib/stories/derive.ts';
import { blankStory } from '../../../src/lib/stories/story.ts';
import { sampleStory } from './sample.ts';

describe('a story’s speaking time and parts', () => {
  it('speaking time and parts: the whole answer when there is one, its labelled parts counted each', () => {
    const lines = sampleStory();
    expect(storySeconds(lines)).toBeGreaterThan(0);
    expect(storyPartWords(lines)).toEqual([11, 7, 15, 9]);
    const labelled = sampleStory({ answer: 'I led platform.\n\nSituation: one two three.\n\nTask: four five.\n\nAction: six seven eight nine.\n\nResult: ten.' });
    expect(storyPartWords(labelled)).toEqual([7, 3, 5, 2]);
  });

  it('its parts’ times add up to the whole, and their shares to 100 (largest remainder, not each rounded alone)', () => {
    // 16 + 15 + 17 + 12 words: about 25 s in all, where each part rounded alone gave 10 s, 5 s, 10 s, 5 s (30 s).
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    const story = sampleStory({ situation: words(16), task: words(15), action: words(17), result: words(12), answer: '' });
    const { seconds, parts } = storyTiming(story);
    expect(seconds).toBe(25);
    expect(parts.map((part) => part.seconds)).toEqual([5, 5, 10, 5]);
    expect(parts.reduce((sum, part) => sum + part.seconds, 0)).toBe(seconds);
    expect(parts.map((part) => part.share)).toEqual([27, 25, 28, 20]);
    expect(parts.reduce((sum, part) => sum + part.share, 0)).toBe(100);
  });
});

describe('your opening as the features read it (issue 37)', () => {
  it('has its own three parts, and is rehearsed against 60–90 s whatever its length as written', () => {
    const opening = blankStory('soft-skills-leadership', { kind: 'opening', situation: 'I lead four managers.', task: 'I came up through platform teams.', action: 'This role is where I want to build.' });
    const rehearsal = storyRehearsal(opening);
    expect(rehearsal.labels.slice(0, 3)).toEqual(['Who you are now', 'How you got here', 'Why this role']);
    expect(rehearsal.kind).toBe('story');
    expect(rehearsal.seconds).toBe(60);
    expect(storyRehearsal({ ...opening, answer: 'word '.repeat(400) }).seconds).toBe(90);
    expect(storyLines(opening).map((line) => line.label)).toEqual(['Who you are now', 'How you got here', 'Why this role']);
  });
});
