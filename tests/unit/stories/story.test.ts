// A story of yours read back (src/lib/stories/story.ts): what is not one is left out, unknown topics and kinds mended.
import { describe, expect, it } from 'vitest';
import { blankStory, readStory } from '../../../src/lib/stories/story.ts';
import { sampleStory } from './sample.ts';

describe('a story of your own', () => {
  it('reads back what was stored, and leaves out what is not a story', () => {
    const story = sampleStory();
    expect(readStory(JSON.parse(JSON.stringify(story)))).toEqual(story);
    expect(readStory({ ...story, id: 'managing-managers' })).toBeUndefined();
    expect(readStory({ ...story, updated: 'yesterday' })).toBeUndefined();
    expect(readStory({ ...story, topics: ['coaching', 'charisma'], kind: 'saga' })).toMatchObject({ topics: ['coaching'], kind: 'story' });
  });
});

describe('a story’s headline (issue 37)', () => {
  it('is kept as written, and read as none where a record has none or not a text', () => {
    const story = blankStory('soft-skills-leadership', { headline: 'I coached him to let go: output doubled within a year.' });
    expect(readStory(JSON.parse(JSON.stringify(story)))?.headline).toBe('I coached him to let go: output doubled within a year.');
    expect(blankStory('soft-skills-leadership').headline).toBe('');
    expect(readStory({ ...story, headline: 42 })?.headline).toBe('');
    const { headline: _none, ...older } = story;
    expect(readStory(older)?.headline).toBe('');
  });
});
