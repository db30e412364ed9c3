import { describe, expect, it } from 'vitest';
import { openingNotes } from '../../../src/lib/stories/opening-advice.ts';
import { storyNotes } from '../../../src/lib/stories/advice.ts';
import { blankStory } from '../../../src/lib/stories/story.ts';

const opening = (fields: Partial<Record<'title' | 'situation' | 'task' | 'action' | 'answer', string>> = {}) => ({
  title: 'My opening',
  situation: 'I lead four engineering managers and 40 engineers.',
  task: 'I came up through platform teams, then led a two-year move to the cloud.',
  action: 'This role asks for a roadmap tied to business outcomes: the work I want to do next.',
  answer: '',
  ...fields,
});
const messages = (notes: ReturnType<typeof openingNotes>, field: string) => notes.filter((note) => note.field === field).map((note) => note.message);

describe('what the editor says of your opening', () => {
  it('asks for each of its three parts, and for none of a story’s (no result, no topics, no key points)', () => {
    const notes = openingNotes(opening({ action: '' }));
    expect(messages(notes, 'action')).toEqual(['Why this role is required: why this role, and what you bring to it.']);
    expect(notes.find((note) => note.field === ('result' as string))).toBeUndefined();
    // Through the editor's one entry point, by its kind.
    expect(storyNotes({ ...blankStory('r', { kind: 'opening' }), ...opening() }).map((note) => note.field)).not.toContain('result');
  });

  it('says when a part runs past its share, and when the whole is outside 60–90 s', () => {
    const long = opening({ task: 'word '.repeat(120) });
    expect(messages(openingNotes(long), 'task')).toEqual([expect.stringMatching(/^This part takes about \d+ s aloud: keep it under 40 s\.$/)]);
    expect(messages(openingNotes(opening()), 'answer')).toEqual(['Your opening takes about 15 s aloud: aim for 60–90 s.']);
    expect(messages(openingNotes(opening({ answer: 'word '.repeat(180) })), 'answer')).toEqual([]);
  });

  it('asks for a figure for your scope, by the result-figure rule of the signals, and names what to count', () => {
    const without = openingNotes(opening({ situation: 'I lead engineering managers.', task: 'I came up through platform teams.' }));
    expect(messages(without, 'situation')).toEqual(['Your scope has no figure: say how many people, how much budget, or how many systems.']);
    expect(messages(openingNotes(opening()), 'situation')).toEqual([]);
  });
});
