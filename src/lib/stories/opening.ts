/**
 * Your opening ("Tell me about yourself"): a kind of story of its own, kept, edited, downloaded and
 * rehearsed as your stories are, in three parts (who you are now, how you got here, why this role)
 * held in a story's first three lines, with a target of 60 to 90 s aloud. Its parts' names and
 * target here, for every feature that shows a story; what the editor says of it in opening-advice.ts.
 */
import { partLabels, type Kind as EntryKind } from '../star.ts';
import type { Kind } from './story.ts';

/** The parts' names, for the four lines a story has (the fourth is not used). */
export const OPENING_LABELS = ['Who you are now', 'How you got here', 'Why this role', ''] as const;

/** The whole opening aloud, in seconds. */
export const OPENING_TARGET = { min: 60, max: 90 } as const;

/** The time an opening is rehearsed and asked against: its own time aloud, within 60–90 s. */
export const openingSeconds = (seconds: number): number => Math.min(OPENING_TARGET.max, Math.max(OPENING_TARGET.min, seconds));

/** Each part's longest, in seconds: the present first and short, the path briefly, the reason last. */
export const OPENING_PART_MAX = [30, 40, 25] as const;

/** A part's names for any kind of story of yours: the opening's, or a STAR story's or an approach's. */
export const storyLabels = (kind: Kind): string[] => (kind === 'opening' ? [...OPENING_LABELS] : partLabels(kind));

/** The kind as the recorder and the rules for entries know it (an opening is told as a story). */
export const entryKind = (kind: Kind): EntryKind => (kind === 'opening' ? 'story' : kind);
