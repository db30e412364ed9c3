// A story of yours as the editor keeps it, and an empty set of stories, for the stories' tests.
import type { Stories } from '../../../src/lib/stories/stored.ts';
import { blankStory, type Story } from '../../../src/lib/stories/story.ts';

/** Minute `minute` of 2 December 2026, 9:00 UTC. */
export const at = (minute: number) => new Date(Date.UTC(2026, 11, 2, 9, minute)).toISOString();

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

export const none = (): Stories => ({ stories: [], deleted: {}, skipped: 0 });
