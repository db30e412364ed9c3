/**
 * A story of your own, written in the browser (the editor, /stories/?new) and kept on this device
 * (stored.ts): the same fields as an entry of content/questions/, under its own id, trained by
 * every feature the model answers are. Checked as it is read back, field by field: whatever is not
 * what this site wrote is left out, never a reason to lose the rest.
 */
import { isObject } from '../json.ts';
import { TOPIC_IDS, type Topic } from '../topics.ts';

/** A STAR story, an approach in steps, or your opening ("Tell me about yourself": opening.ts). */
export type Kind = 'story' | 'approach' | 'opening';

export interface Story {
  /** "mine-" and eight letters or digits: never an id of the site's questions. */
  id: string;
  title: string;
  /** The question it answers, as it is asked. */
  question: string;
  /** One of the site's questions, by id, when it answers that one: your story then takes its place. */
  replaces?: string;
  /** A bank question, by id, when it was written for one. */
  bank?: string;
  /** The round it belongs to: the replaced question's, or the site's only one. */
  round: string;
  kind: Kind;
  topics: Topic[];
  situation: string;
  task: string;
  action: string;
  result: string;
  keyPoints: string[];
  followUps: string[];
  /** The answer as you would say it (paragraphs, "- " lists, "**bold**"); empty: the four lines are the answer. */
  answer: string;
  /** One line the short version (0:30) is built from: what you did, and the result with its figure. Optional (''). */
  headline: string;
  /** When it was first saved, and last (ISO 8601): the newer of two copies is the one kept. */
  created: string;
  updated: string;
}

export const STORY_ID = /^mine-[a-z0-9]{8}$/;

/** A new id: random, so two devices never make the same one. */
export const newStoryId = (): string => `mine-${crypto.randomUUID().replace(/-/g, '').slice(0, 8)}`;

/** A blank story (with what is known already: a question, its kind and topics, its round). */
export function blankStory(round: string, start: Partial<Story> = {}, now = new Date()): Story {
  const at = now.toISOString();
  return {
    id: newStoryId(),
    title: '',
    question: '',
    round,
    kind: 'story',
    topics: [],
    situation: '',
    task: '',
    action: '',
    result: '',
    keyPoints: [],
    followUps: [],
    answer: '',
    headline: '',
    created: at,
    updated: at,
    ...start,
  };
}

const text = (value: unknown): value is string => typeof value === 'string';
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter(text) : []);
const validDate = (value: unknown): value is string => text(value) && !Number.isNaN(Date.parse(value));

/** A story read back from storage, a file or a link; undefined when it is not one (no id, no dates). */
export function readStory(value: unknown): Story | undefined {
  if (!isObject(value) || !text(value['id']) || !STORY_ID.test(value['id']) || !validDate(value['created']) || !validDate(value['updated'])) return undefined;
  const field = (name: string) => (text(value[name]) ? (value[name] as string) : '');
  const story: Story = {
    id: value['id'],
    title: field('title'),
    question: field('question'),
    round: field('round'),
    kind: value['kind'] === 'approach' || value['kind'] === 'opening' ? value['kind'] : 'story',
    topics: texts(value['topics']).filter((topic): topic is Topic => (TOPIC_IDS as string[]).includes(topic)),
    situation: '',
    task: '',
    action: '',
    result: '',
    keyPoints: texts(value['keyPoints']),
    followUps: texts(value['followUps']),
    answer: field('answer'),
    headline: field('headline'),
    created: value['created'],
    updated: value['updated'],
  };
  // The four lines by name (the star.ts list would bring the recorder's shared code into an import).
  for (const part of ['situation', 'task', 'action', 'result'] as const) story[part] = field(part);
  if (text(value['replaces']) && value['replaces']) story.replaces = value['replaces'];
  if (text(value['bank']) && value['bank']) story.bank = value['bank'];
  return story;
}
