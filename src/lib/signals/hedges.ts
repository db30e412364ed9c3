import { quoteAround } from './quote.ts';
import type { Quote } from './types.ts';

/**
 * Hedges: words that make the speaker sound unsure of their own account ("I think it worked",
 * "maybe", "probably", "I guess", "kind of", "sort of"). Not hedges: "this kind of project" (after
 * a determiner, or "kind of" before a noun's "thing"), and words quoted, said to someone ("I said,
 * 'I think we both want…'", "I told him I think"): they are what was said then, not doubt now.
 */
const HEDGE = /\b(?:i think|i guess|i suppose|i'd say|maybe|probably|perhaps|kind of|sort of|kinda|sorta)\b/g;
/** "this kind of", "what sort of", "the kind of": a kind, not a hedge. */
const DETERMINER = /\b(?:a|the|this|that|what|which|any|some|every|one|same|each|all|these|those|no|its|his|her|their|our|my|your)\s+$/;
/** Words said to someone, a few words back in the same sentence: "I said", "he asked whether", "she was like". */
const SPEECH = /\b(?:said|say|says|saying|asked|asking|ask|told|tell|telling|tells|wrote|suggested|(?:was|were|i.m) like)\b[\s,:'"“‘]*(?:[\w']+[\s,:'"“‘]+){0,5}$/;

/** Whether `at` is inside quotation marks opened earlier in its sentence. */
function quoted(text: string, at: number): boolean {
  const sentence = text.slice(0, at).split(/[.!?](?=\s|$)/).pop() ?? '';
  const opened = (sentence.match(/(?:^|[\s(:,])['‘"“](?=\w)/g) ?? []).length;
  const closed = (sentence.match(/(?<=[\w.,!?])['’"”](?=[\s,.;:!?)]|$)/g) ?? []).length;
  return opened > closed;
}

/** The hedges in `text`: where each is, and the phrase as it appears, lower case. */
function hedgeMatches(text: string): { index: number; phrase: string }[] {
  const said = text.toLowerCase().replace(/’/g, "'");
  const found: { index: number; phrase: string }[] = [];
  for (const match of said.matchAll(HEDGE)) {
    const before = said.slice(0, match.index);
    const kind = /^(?:kind|sort)/.test(match[0]);
    if (kind && (DETERMINER.test(before) || /^\s+thing/.test(said.slice(match.index + match[0].length)))) continue;
    if (SPEECH.test(before.split(/[.!?;]\s/).pop()!) || quoted(text, match.index)) continue;
    found.push({ index: match.index, phrase: match[0] });
  }
  return found;
}

/** The hedges in `text`: each phrase as it appears, lower case. */
export function hedgePhrases(text: string): string[] {
  return hedgeMatches(text).map(({ phrase }) => phrase);
}

/** The hedges in `text`, each with a short quote of the words around it. */
export function hedgeQuotes(text: string): Quote[] {
  return hedgeMatches(text).map(({ index, phrase }) => quoteAround(text, index, index + phrase.length));
}
