// Your stories as the device keeps them (src/lib/stories/stored.ts): saved, read back, merged, deletions remembered.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deleteStory, hasStories, loadStories, mergeStories, putStory, readStories, saveStories } from '../../../src/lib/stories/stored.ts';
import { memoryStorage } from '../helpers/memory-storage.ts';
import { at, none, sampleStory } from './sample.ts';

describe('your stories on the device', () => {
  it('reads back the stories stored, leaving out what is not a story and counting it', () => {
    const story = sampleStory();
    expect(readStories({ version: 1, stories: [story, { id: 'junk' }, 7] })).toMatchObject({ stories: [story], skipped: 2 });
  });

  it('is kept on the device; a value that is not stories is kept aside and said', () => {
    const storage = memoryStorage();
    expect(hasStories(storage)).toBe(false);
    expect(saveStories(putStory(none(), sampleStory()), storage)).toBe(true);
    expect(hasStories(storage)).toBe(true);
    expect(loadStories(storage).stories.map(({ id }) => id)).toEqual(['mine-abcd1234']);
    storage.setItem('study:stories', '{"stories": [');
    expect(loadStories(storage)).toMatchObject({ stories: [], unreadable: true });
    expect(storage.getItem('study:stories:unreadable')).toBe('{"stories": [');
  });

  it('a newer copy wins; a deletion wins over an older copy, and is remembered; changes made again change nothing', () => {
    const older = sampleStory({ updated: at(1), title: 'Old' });
    const newer = sampleStory({ updated: at(2), title: 'New' });
    expect(putStory(putStory(none(), newer), older).stories[0]!.title).toBe('New');
    const gone = deleteStory(putStory(none(), newer), newer.id, at(3));
    expect(gone.stories).toEqual([]);
    expect(putStory(gone, newer).stories).toEqual([]);
    expect(deleteStory(gone, newer.id, at(3))).toEqual(gone);
    // Undo: the story saved again after its deletion comes back.
    expect(putStory(gone, { ...newer, updated: at(4) }).stories).toHaveLength(1);
  });

  it('two devices’ stories merge the same whichever way round', () => {
    const copy = fc.record({ minute: fc.integer({ min: 0, max: 9 }), title: fc.constantFrom('A', 'B', 'C'), id: fc.constantFrom('mine-aaaaaaaa', 'mine-bbbbbbbb') });
    const device = fc.record({
      copies: fc.array(copy, { maxLength: 4 }),
      deletions: fc.array(fc.record({ id: fc.constantFrom('mine-aaaaaaaa', 'mine-bbbbbbbb'), minute: fc.integer({ min: 0, max: 9 }) }), { maxLength: 2 }),
    });
    const build = ({ copies, deletions }: { copies: { minute: number; title: string; id: string }[]; deletions: { id: string; minute: number }[] }) => {
      let stories = none();
      for (const { minute, title, id } of copies) stories = putStory(stories, sampleStory({ id, title, updated: at(minute) }));
      for (const { id, minute } of deletions) stories = deleteStory(stories, id, at(minute));
      return stories;
    };
    fc.assert(
      fc.property(device, device, (a, b) => {
        const one = mergeStories(build(a), build(b));
        const other = mergeStories(build(b), build(a));
        expect(one.stories.map(({ id, updated }) => `${id} ${updated}`).sort()).toEqual(other.stories.map(({ id, updated }) => `${id} ${updated}`).sort());
      }),
    );
  });
});
