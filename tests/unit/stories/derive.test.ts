// What a story of yours is worked out to (src/lib/stories/derive.ts): its speaking time and its parts' words.
import { describe, expect, it } from 'vitest';
import { storyLines, storyPartWords, storyRehearsal, storySeconds } from '../../../src/lib/stories/derive.ts';
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
