/**
 * What the editor says of a story as it is written, field by field: the build's rules (a limit
 * broken keeps it from being published as an entry) and the linter's advice, both from
 * story-rules.ts, one copy for the build and the browser; and how long each part and the whole
 * take aloud, against the round's target.
 */
import { countWords, speakingSeconds } from '../speaking-time.ts';
import { MAX_ANSWER_SECONDS, STAR_FIELDS, actionText, entryProblems, storyAdvice, type StarField } from '../story-rules.ts';
import { spokenAnswer, storyPartWords } from './derive.ts';
import type { Story } from './story.ts';

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

export interface Timing {
  /** The whole answer, aloud. */
  seconds: number;
  /** Each part's time aloud and its share of the answer (0–100), in order. */
  parts: { seconds: number; share: number }[];
}

/** Every rule broken and every piece of advice, at its field (a list's items at the list). */
export function storyNotes(story: Story): Note[] {
  const rules: Note[] = entryProblems(story).map(({ path, message }) => ({ field: path[0] as Field, level: 'rule', message }));
  const actionTold = story.kind === 'story' ? (actionText(story.answer) ?? story.action) : story.action;
  const advice: Note[] = storyAdvice({ ...story, seconds: storyTiming(story).seconds, actionTold }).map(({ field, message, why }) => ({ field, level: 'advice', message, why }));
  return [...rules, ...advice];
}

/** How long the answer and each of its parts take aloud. */
export function storyTiming(story: Story): Timing {
  const seconds = speakingSeconds(countWords(spokenAnswer(story)));
  const words = storyPartWords(story);
  const total = words.reduce((sum, n) => sum + n, 0);
  return {
    seconds,
    parts: STAR_FIELDS.map((_, i) => ({ seconds: speakingSeconds(words[i]!), share: total ? Math.round((words[i]! / total) * 100) : 0 })),
  };
}
