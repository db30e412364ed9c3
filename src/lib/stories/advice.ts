/**
 * What the editor says of a story as it is written, field by field: the build's rules (a limit
 * broken keeps it from being published as an entry, story-rules.ts) and the linter's advice
 * (story-advice.ts), one copy for the build and the browser; and the round's target for the time it
 * takes aloud (derive.ts works the time out).
 */
import { MAX_ANSWER_SECONDS, storyAdvice } from '../story-advice.ts';
import { STAR_FIELDS, actionText, entryProblems, type StarField } from '../story-rules.ts';
import { storyTiming } from './derive.ts';
import { openingNotes } from './opening-advice.ts';
import type { Story } from './story.ts';

export { storyTiming, type Timing } from './derive.ts';

/** The fields the editor has, as the rules name them. */
export type Field = 'title' | 'question' | 'topics' | StarField | 'keyPoints' | 'followUps' | 'answer';

export interface Note {
  field: Field;
  /** A rule of the build (the entry could not be published) or advice. */
  level: 'rule' | 'advice';
  message: string;
  why?: string;
}

/** The round's target for an answer: the linter's limit (past it interviewers lose the thread). */
export const TARGET_SECONDS = MAX_ANSWER_SECONDS;

/** The build names a field by its key; the editor by what its label says (a part's label changes with the kind). */
const NAMES: Record<string, string> = { title: 'The title', question: 'The question', topics: 'Topics', keyPoints: 'Key points', followUps: 'Follow-up questions' };
const named = (message: string) => message.replace(/^\w+/, (word) => NAMES[word] ?? ((STAR_FIELDS as readonly string[]).includes(word) ? 'This line' : word));

/** Every rule broken and every piece of advice, at its field (a list's items at the list). */
export function storyNotes(story: Story): Note[] {
  // Your opening has its own parts and target (opening-advice.ts), none of an entry's rules.
  if (story.kind === 'opening') return openingNotes(story);
  const rules: Note[] = entryProblems(story).map(({ path, message }) => ({ field: path[0] as Field, level: 'rule', message: `${named(message)}.` }));
  const actionTold = story.kind === 'story' ? (actionText(story.answer) ?? story.action) : story.action;
  // The answer as it reads, without its bold marks (hedges and the lesson are quoted from it).
  const answer = story.answer.replace(/\*\*/g, '');
  const advice: Note[] = storyAdvice({ ...story, kind: story.kind, seconds: storyTiming(story).seconds, actionTold, answer }).map(({ field, message, why }) => ({ field, level: 'advice', message: named(message), why }));
  return [...rules, ...advice];
}
