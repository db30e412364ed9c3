import { quoteAround } from './quote.ts';
import type { Quote } from './types.ts';

/**
 * Hedges: words that make the speaker sound unsure of their own account ("I think it worked",
 * "maybe", "probably", "I guess", "kind of", "sort of"). Not hedges: "this kind of project" (after
 * a determiner), "sort of thing", quoted speech ("I said, 'I think we both want…'").
 */
const HEDGE = /\b(?:i think|i guess|i suppose|maybe|probably|perhaps|kind of|sort of|kinda|sorta)\b/g;
const DETERMINER = /\b(?:a|the|this|that|what|which|any|some|every|one|same|each|all|these|those|no)\s+$/;

/** The hedges in `text`: each phrase as it appears, lower case. */
export function hedgePhrases(text: string): string[] {
  return hedgeMatches(text).map(({ phrase }) => phrase);
}

/** The hedges in `text`, each with a short quote of the words around it. */
export function hedgeQuotes(text: string): Quote[] {
  return hedgeMatches(text).map(({ index, phrase }) => quoteAround(text, index, index + phrase.length));
}

function hedgeMatches(text: string): { index: number; phrase: string }[] {
  const said = text.toLowerCase().replace(/[‘’]/g, "'");
  const found: { index: number; phrase: string }[] = [];
  for (const match of said.matchAll(HEDGE)) {
    const before = said.slice(0, match.index);
    if (/^(?:kind|sort)/.test(match[0]) && DETERMINER.test(before)) continue;
    found.push({ index: match.index, phrase: match[0] });
  }
  return found;
}
