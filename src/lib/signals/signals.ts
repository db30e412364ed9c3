/**
 * The signals a senior interviewer listens for, each measured and shown with the words it is about:
 * ownership (the action told with "I", or with "we" or passively), a result with a figure, hedging,
 * the lesson, and (spoken) the length against the target. One set of rules for what was said
 * (the Rehearse panel, a mock interview's report) and what was written (the story editor).
 */
import { countsIn } from '../number-words.ts';
import { hedgeQuotes } from './hedges.ts';
import { lessonAt } from './lesson.ts';
import { telling } from './ownership.ts';
import { quoteOf } from './quote.ts';
import type { Quote, Signal, SignalRule, SpokenAnswer, WrittenAnswer } from './types.ts';

export type { Quote, Signal, SignalRule, SpokenAnswer, WrittenAnswer } from './types.ts';

/**
 * A result's figure: a number in digits or words ("forty percent", "three teams", "8%"), a time ("a
 * year later", "within a quarter"), a multiple ("doubled"). Not a one that counts nothing ("one of
 * our best", "no one", "the one thing").
 */
export const hasFigure = (text: string): boolean => /\b(?:(?:a|an|one|the next|the following) (?:year|month|week|day|quarter|sprint)|doubled|tripled|halved|twice)\b|\d/.test(countsIn(text));

const signal = (rule: SignalRule, ok: boolean, message: string, quotes: Quote[] = []): Signal => ({ rule, ok, message, quotes });
const quoted = (quote: Quote | undefined) => (quote ? `: “${quote}”` : '');
// "Your steps are", "your action is".
const is = (name: string) => (name.endsWith('s') ? 'are' : 'is');
const has = (name: string) => (name.endsWith('s') ? 'have' : 'has');

/** Sentences of a written text. */
const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim());

function ownership(action: readonly string[], name: string): Signal {
  const { telling: told, quotes } = telling(action);
  if (told === 'i') return signal('ownership', true, `Your ${name} ${is(name)} told with “I”.`, quotes.slice(0, 1));
  return signal('ownership', false, `Your ${name} ${is(name)} told ${told === 'we' ? 'with “we”' : 'passively'}${quoted(quotes[0])}. Say what you did, with “I”.`, quotes);
}

function resultFigure(result: readonly string[], name: string): Signal {
  const with_ = result.find(hasFigure);
  const quotes = result.length ? [quoteOf(with_ ?? result[0]!)] : [];
  if (with_) return signal('result-figure', true, `Your ${name} ${has(name)} a figure${quoted(quotes[0])}.`, quotes);
  return signal('result-figure', false, `Your ${name} ${has(name)} no figure${quotes[0] ? ` (“${quotes[0]}”)` : ''}: say how much, how fast or how many.`, quotes);
}

function hedging(texts: readonly string[]): Signal {
  const quotes = texts.flatMap(hedgeQuotes);
  if (!quotes.length) return signal('hedging', true, 'No hedges: you sound sure.');
  return signal('hedging', false, `You sound unsure ${quotes.length > 1 ? `${quotes.length} times` : 'once'}${quoted(quotes[0])}. Say it plainly.`, quotes.slice(0, 3));
}

function lesson(texts: readonly string[], missing = 'No lesson heard'): Signal {
  const said = texts.find((text) => lessonAt(text) >= 0);
  if (said) return signal('lesson', true, `You say what you learned${quoted(quoteOf(said))}.`, [quoteOf(said)]);
  return signal('lesson', false, `${missing}: say what you learned.`);
}

/** Under a third of the target is short (never "within time"); over it, long. */
export const lengthVerdict = (seconds: number, target: number): 'short' | 'ok' | 'long' => (seconds < target / 3 ? 'short' : seconds > target ? 'long' : 'ok');

const LENGTH = { short: 'Short: under a third of its time. Tell each part.', ok: 'Within its time.', long: 'Over its time: cut the situation, not the action.' };

/**
 * The signals of an answer said aloud. Those of its action and its result only where its parts are
 * known (`assigned`, one for each piece) and that part has words: none is guessed, and a part not
 * reached is for the parts' advice to say.
 */
export function spokenSignals({ pieces, assigned, seconds, target, labels }: SpokenAnswer): Signal[] {
  const kept = pieces.map((piece, i) => ({ text: piece.text, part: assigned?.length === pieces.length ? assigned[i] : undefined })).filter((piece) => piece.text.trim());
  const said = (part: number) => kept.filter((piece) => piece.part === part).map((piece) => piece.text);
  const [action, result] = [said(2), said(3)];
  const name = (i: number) => labels[i]?.toLowerCase() ?? '';
  const texts = kept.map((piece) => piece.text);
  const verdict = lengthVerdict(seconds, target);
  return [
    ...(action.length ? [ownership(action, name(2))] : []),
    ...(result.length ? [resultFigure(result, name(3))] : []),
    hedging(texts),
    lesson(texts),
    signal('length', verdict === 'ok', LENGTH[verdict]),
  ];
}

/**
 * The signals of a story written down: its four lines and whole answer, the action as the answer
 * tells it where it has one (no length: the editor has its own speaking time).
 */
export function writtenSignals({ lines, answer, action, labels }: WrittenAnswer): Signal[] {
  const name = (i: number) => labels[i]?.toLowerCase() ?? '';
  const all = [...lines, ...sentencesOf(answer ?? '')].filter((text) => text.trim());
  return [ownership(sentencesOf(action ?? lines[2]), name(2)), resultFigure(sentencesOf(lines[3]), name(3)), hedging(all), lesson(all, 'No lesson in your answer')];
}
