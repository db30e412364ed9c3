/**
 * What the site's features read of a story of yours, worked out from its fields as the build works
 * it out from an entry: its speaking time, its words per part (for the Rehearse panel's split), its
 * four lines labelled for its kind, and the answer it is told with (the whole answer, or without
 * one, the four lines).
 */
import type { PartWords } from '../answer-parts.ts';
import { apportion } from '../apportion.ts';
import type { RehearsalQuestion } from '../rehearsal/question-data.ts';
import { countWords, speakingSeconds } from '../speaking-time.ts';
import { entryKind, openingSeconds, storyLabels } from './opening.ts';
import { STAR_FIELDS } from '../story-rules.ts';
import type { Story } from './story.ts';

/** The answer as it is said: the whole answer, or, without one, the four lines one after the other. */
export const spokenAnswer = (story: Story): string => story.answer.trim() || STAR_FIELDS.map((field) => story[field].trim()).filter(Boolean).join('\n\n');

/** Seconds the answer takes aloud. */
export const storySeconds = (story: Story): number => speakingSeconds(countWords(spokenAnswer(story)));

/** A line of the answer that opens a part ("Situation:", "**Task:**", "- Action:", "Context:" …), as its index, or -1. */
function partOf(line: string, labels: string[]): number {
  const opening = /^\s*(?:[*-]\s+)?(?:\*\*)?([A-Za-z]+):/.exec(line)?.[1]?.toLowerCase();
  return opening ? labels.findIndex((label) => label.toLowerCase() === opening) : -1;
}

/**
 * Words per part. A whole answer whose parts open with their labels is counted part by part (what
 * comes before the first label counts with the first part, as the build counts a story); any other
 * is shared out as its four lines are; without a whole answer, the four lines are the parts.
 */
export function storyPartWords(story: Story): PartWords {
  const lines = STAR_FIELDS.map((field) => countWords(story[field])) as PartWords;
  const answer = story.answer.trim();
  if (!answer) return lines;
  const labels = storyLabels(story.kind);
  const words: PartWords = [0, 0, 0, 0];
  let part = 0;
  let labelled = false;
  for (const line of answer.split('\n')) {
    const opens = partOf(line, labels);
    if (opens >= 0) [part, labelled] = [opens, true];
    words[part]! += countWords(line);
  }
  if (labelled) return words;
  const total = countWords(answer);
  const lineTotal = lines.reduce((sum, n) => sum + n, 0);
  return lines.map((n) => (lineTotal ? Math.round((n / lineTotal) * total) : 0)) as PartWords;
}

/** What the Rehearse panel reads of a story. */
export function storyRehearsal(story: Story): RehearsalQuestion {
  return {
    id: story.id,
    kind: entryKind(story.kind),
    // An opening is rehearsed against 60–90 s whatever its length as written.
    seconds: story.kind === 'opening' ? openingSeconds(storySeconds(story)) : storySeconds(story),
    parts: storyPartWords(story),
    labels: storyLabels(story.kind),
    keyPoints: story.keyPoints.filter((point) => point.trim()),
    followUps: story.followUps.filter((question) => question.trim()),
  };
}

/** The four lines, labelled for the kind (those left empty left out). */
export const storyLines = (story: Story) =>
  STAR_FIELDS.map((field, i) => ({ field, label: storyLabels(story.kind)[i]!, text: story[field] })).filter((line) => line.text.trim());

export interface Timing {
  /** The whole answer, aloud. */
  seconds: number;
  /** Each part's time aloud and its share of the answer (0–100), in order: they add up to the whole and to 100. */
  parts: { seconds: number; share: number }[];
}

/**
 * How long the answer and each of its parts take aloud: the parts share out the whole (in the 5 s
 * steps the whole is rounded to, and in whole percents), so that they always add up to it.
 */
export function storyTiming(story: Story): Timing {
  const seconds = speakingSeconds(countWords(spokenAnswer(story)));
  const words = storyPartWords(story);
  const steps = apportion(words, seconds / 5);
  const shares = apportion(words, 100);
  return { seconds, parts: STAR_FIELDS.map((_, i) => ({ seconds: steps[i]! * 5, share: shares[i]! })) };
}
