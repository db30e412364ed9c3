/**
 * The signals a senior interviewer listens for, each measured and shown with the words it is about:
 * ownership (the action told with "I", or with "we" or passively), a result with a figure, hedging,
 * the lesson, and (spoken) the length against the target. One set of rules for what was said
 * (the Rehearse panel, a mock interview's report) and what was written (the story editor).
 */
import { hasFigure } from './figure.ts';
import { hedgeQuotes } from './hedges.ts';
import { lessonAt } from './lesson.ts';
import { telling } from './ownership.ts';
import { quoteOf } from './quote.ts';
import type { Signal, SpokenAnswer, WrittenAnswer } from './types.ts';

export type { Quote, Signal, SignalRule, SpokenAnswer, WrittenAnswer } from './types.ts';

/** Sentences of a written text. */
const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim());

function ownership(action: readonly string[], name: string): Signal {
  const told = telling(action);
  const quote = told.quotes[0] ? `: “${told.quotes[0]}”` : '';
  if (told.telling === 'we') return { rule: 'ownership', ok: false, message: `Your ${name} is told with “we”${quote}. Say what you did, with “I”.`, quotes: told.quotes };
  if (told.telling === 'passive') return { rule: 'ownership', ok: false, message: `Your ${name} is told passively${quote}. Say who did it: “I …”.`, quotes: told.quotes };
  return { rule: 'ownership', ok: true, message: `Your ${name} is told with “I”: what you did yourself.`, quotes: told.quotes.slice(0, 1) };
}

function resultFigure(result: readonly string[], name: string): Signal {
  const piece = result.find(hasFigure);
  if (piece) return { rule: 'result-figure', ok: true, message: `Your ${name} has a figure: “${quoteOf(piece)}”.`, quotes: [quoteOf(piece)] };
  if (!result.length) return { rule: 'result-figure', ok: false, message: `No ${name} heard: say how it ended, with a figure.`, quotes: [] };
  const quotes = result.slice(0, 1).map((text) => quoteOf(text));
  return { rule: 'result-figure', ok: false, message: `Your ${name} has no figure (“${quotes[0]}”): say how much, how fast or how many.`, quotes };
}

function hedging(texts: readonly string[]): Signal {
  const quotes = texts.flatMap(hedgeQuotes);
  if (!quotes.length) return { rule: 'hedging', ok: true, message: 'You sound sure of your account: no hedges.', quotes: [] };
  return { rule: 'hedging', ok: false, message: `You sound unsure in ${quotes.length === 1 ? 'one place' : `${quotes.length} places`}: “${quotes[0]}”. Say it plainly.`, quotes: quotes.slice(0, 3) };
}

function lesson(texts: readonly string[]): Signal {
  const piece = texts.find((text) => lessonAt(text) >= 0);
  if (piece) return { rule: 'lesson', ok: true, message: `You say what you learned: “${quoteOf(piece)}”.`, quotes: [quoteOf(piece)] };
  return { rule: 'lesson', ok: false, message: 'No lesson heard: end with what you learned, or would do differently.', quotes: [] };
}

/** Under a third of the target is short (never "within time"); over it, long. */
export function lengthVerdict(seconds: number, target: number): 'short' | 'ok' | 'long' {
  return seconds < target / 3 ? 'short' : seconds > target ? 'long' : 'ok';
}

function length(seconds: number, target: number): Signal {
  const verdict = lengthVerdict(seconds, target);
  const message =
    verdict === 'short'
      ? 'Your answer is short, under a third of its time: tell each part.'
      : verdict === 'long'
        ? 'Your answer ran over its time: cut the situation, keep the action.'
        : 'Your answer is within its time.';
  return { rule: 'length', ok: verdict === 'ok', message, quotes: [] };
}

/** The pieces of part `part`: those assigned to it, or (none found) a share of them by position. */
function partPieces(texts: readonly string[], assigned: readonly number[] | undefined, part: number): string[] {
  if (assigned && assigned.length === texts.length) return texts.filter((_, i) => assigned[i] === part);
  const n = texts.length;
  return texts.filter((_, i) => Math.min(3, Math.floor((i / n) * 4)) === part);
}

/** The signals of an answer said aloud. */
export function spokenSignals({ pieces, assigned, seconds, target, labels }: SpokenAnswer): Signal[] {
  const texts = pieces.map((piece) => piece.text).filter((text) => text.trim());
  const kept = assigned && assigned.length === pieces.length ? assigned.filter((_, i) => pieces[i]!.text.trim()) : undefined;
  const name = (i: number) => labels[i]?.toLowerCase() ?? '';
  return [
    ownership(partPieces(texts, kept, 2), name(2)),
    resultFigure(partPieces(texts, kept, 3), name(3)),
    hedging(texts),
    lesson(texts),
    length(seconds, target),
  ];
}

/** The signals of a story written down: its four lines and whole answer (no length: the editor has its own speaking time). */
export function writtenSignals({ lines, answer, labels }: WrittenAnswer): Signal[] {
  const name = (i: number) => labels[i]?.toLowerCase() ?? '';
  const all = [...lines, ...sentencesOf(answer ?? '')].filter((text) => text.trim());
  return [ownership(sentencesOf(lines[2]), name(2)), resultFigure(sentencesOf(lines[3]), name(3)), hedging(all), lesson(all)];
}
