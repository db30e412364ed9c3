import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mdxToStory, storyToMdx } from '../../../src/lib/stories/mdx.ts';
import { deleteStory, hasStories, loadStories, mergeStories, putStory, readStories, saveStories, type Stories } from '../../../src/lib/stories/stored.ts';
import { blankStory, readStory, type Story } from '../../../src/lib/stories/story.ts';
import { storyPartWords, storySeconds } from '../../../src/lib/stories/derive.ts';
import { memoryStorage } from '../helpers/memory-storage.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 2, 9, minute)).toISOString();

export const sampleStory = (fields: Partial<Story> = {}): Story => ({
  ...blankStory('soft-skills-leadership', {}, new Date(at(0))),
  id: 'mine-abcd1234',
  title: 'Turning around a platform team',
  question: 'Tell me about a time you turned a struggling team around.',
  kind: 'story',
  topics: ['people-management', 'coaching'],
  situation: 'A platform team of eight missed every release for a quarter.',
  task: 'Get them shipping again within one quarter.',
  action: 'I cut work in progress to three items and paired with the lead each morning.',
  result: 'Releases went from monthly to weekly within 10 weeks.',
  keyPoints: ['Three items in progress', 'Weekly releases in 10 weeks'],
  followUps: ['What would you do differently?'],
  ...fields,
});

const none = (): Stories => ({ stories: [], deleted: {}, skipped: 0 });

describe('a story of your own', () => {
  it('reads back what was stored, and leaves out what is not a story', () => {
    const story = sampleStory();
    expect(readStory(JSON.parse(JSON.stringify(story)))).toEqual(story);
    expect(readStory({ ...story, id: 'managing-managers' })).toBeUndefined();
    expect(readStory({ ...story, updated: 'yesterday' })).toBeUndefined();
    expect(readStory({ ...story, topics: ['coaching', 'charisma'], kind: 'saga' })).toMatchObject({ topics: ['coaching'], kind: 'story' });
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

  it('speaking time and parts: the whole answer when there is one, its labelled parts counted each', () => {
    const lines = sampleStory();
    expect(storySeconds(lines)).toBeGreaterThan(0);
    expect(storyPartWords(lines)).toEqual([11, 7, 15, 9]);
    const labelled = sampleStory({ answer: 'I led platform.\n\nSituation: one two three.\n\nTask: four five.\n\nAction: six seven eight nine.\n\nResult: ten.' });
    expect(storyPartWords(labelled)).toEqual([7, 3, 5, 2]);
  });
});

describe('a story as an entry of content/questions/', () => {
  it('round-trips through MDX: written, read back, the same story', () => {
    for (const story of [sampleStory(), sampleStory({ answer: 'I set a {plan} <now>.\n\nexport the lessons: "quoted" and \'single\'.\n\n- one\n- two', kind: 'approach', followUps: [] })]) {
      const back = mdxToStory(storyToMdx(story, 6));
      expect(back).toEqual({
        title: story.title,
        question: story.question,
        kind: story.kind,
        topics: story.topics,
        situation: story.situation,
        task: story.task,
        action: story.action,
        result: story.result,
        keyPoints: story.keyPoints,
        followUps: story.followUps,
        answer: story.answer,
      });
    }
  });

  it('is a draft until it passes every rule, then draft: false', () => {
    expect(storyToMdx(sampleStory(), 6)).toMatch(/\ndraft: false\n---/);
    expect(storyToMdx(sampleStory({ keyPoints: ['only one'] }), 6)).toMatch(/\ndraft: true\n---/);
  });

  it('reads every entry of the site into the editor’s fields', () => {
    const dir = join(import.meta.dirname, '../../../content/questions');
    for (const file of readdirSync(dir)) {
      const story = mdxToStory(readFileSync(join(dir, file), 'utf8'))!;
      expect(story.title, file).toMatch(/\w/);
      expect(story.question, file).toMatch(/^[A-Z].{30,}[.?]$/);
      expect(story.topics!.length, file).toBeGreaterThan(0);
      expect(story.keyPoints!.length, file).toBeGreaterThanOrEqual(2);
      for (const field of ['situation', 'task', 'action', 'result'] as const) expect(story[field], `${file} ${field}`).toMatch(/\w/);
      expect(story.answer!.length, file).toBeGreaterThan(200);
      // The same fields as the build's YAML reader finds.
      const text = readFileSync(join(dir, file), 'utf8');
      const data = parse(text.split('---')[1]!) as Record<string, unknown>;
      for (const field of ['title', 'question', 'kind', 'topics', 'situation', 'task', 'action', 'result', 'keyPoints'] as const) expect(story[field], `${file} ${field}`).toEqual(data[field]);
    }
  });
});
