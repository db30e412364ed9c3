/**
 * What the editor says of your opening (opening.ts), field by field: each part's length, the whole's,
 * a figure for your scope (the result-figure rule of signals/, hasFigure, as measured, read over the
 * first two parts); it ends on why this role by its order (the third part is required). No new
 * rule judges its words: only the measured ones of signals/ do.
 */
import { hasFigure } from '../signals/signals.ts';
import { countWords, speakingSeconds } from '../speaking-time.ts';
import { OPENING_LABELS, OPENING_PART_MAX, OPENING_TARGET } from './opening.ts';

/** One thing said of a field of the opening (the editor's notes, stories/advice.ts). */
export interface OpeningNote {
  field: 'title' | 'situation' | 'task' | 'action' | 'answer';
  level: 'rule' | 'advice';
  message: string;
}

const PARTS = ['situation', 'task', 'action'] as const;

/** What the editor says of an opening, field by field. */
export function openingNotes(opening: { title: string; situation: string; task: string; action: string; answer: string }): OpeningNote[] {
  const notes: OpeningNote[] = [];
  if (!opening.title.trim()) notes.push({ field: 'title', level: 'rule', message: 'The title is required: “My opening” will do.' });
  PARTS.forEach((field, i) => {
    const text = opening[field].trim();
    const seconds = speakingSeconds(countWords(text));
    if (!text) notes.push({ field, level: 'rule', message: `${OPENING_LABELS[i]} is required: ${['one or two sentences on your role and its scope', 'the two or three steps that led here', 'why this role, and what you bring to it'][i]}.` });
    else if (seconds > OPENING_PART_MAX[i]!) notes.push({ field, level: 'advice', message: `This part takes about ${seconds} s aloud: keep it under ${OPENING_PART_MAX[i]} s.` });
  });
  // The whole, as said: the whole answer where written, else the three parts.
  const said = opening.answer.trim() || PARTS.map((field) => opening[field]).join(' ');
  const seconds = speakingSeconds(countWords(said));
  if (seconds && (seconds < OPENING_TARGET.min || seconds > OPENING_TARGET.max)) {
    notes.push({ field: 'answer', level: 'advice', message: `Your opening takes about ${seconds} s aloud: aim for ${OPENING_TARGET.min}–${OPENING_TARGET.max} s.` });
  }
  // A figure for your scope (people, budget, systems) in who you are now or how you got here: the
  // result-figure rule of signals/ (hasFigure), read over those two parts as the scope.
  const scope = [opening.situation, opening.task].filter((text) => text.trim());
  if (scope.length && !scope.some(hasFigure)) notes.push({ field: 'situation', level: 'advice', message: 'Your scope has no figure: say how many people, how much budget, or how many systems.' });
  return notes;
}
