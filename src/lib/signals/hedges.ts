import { quoteAround } from './quote.ts';
import type { Quote } from './types.ts';

/**
 * Hedges: words that make the speaker sound unsure of their own account ("I think it worked",
 * "maybe", "probably", "I guess", "kind of", "sort of"). Not hedges: a kind ("this kind of
 * project", "that sort of thing"), and words said to someone, quoted or reported ("I said, 'I
 * think we both want…'", "the PM said maybe we should wait"): what was said then, not doubt now.
 */
const HEDGE = /\b(?:i think|i guess|i suppose|maybe|probably|perhaps|kind of|sort of|kinda|sorta)\b/g;

/** The hedges in `text`: where each is, and the phrase as it appears, lower case. */
function hedgeMatches(text: string): { index: number; phrase: string }[] {
  const said = text.toLowerCase().replace(/’/g, "'");
  return [...said.matchAll(HEDGE)]
    .filter(({ 0: phrase, index }) => {
      const sentence = said.slice(0, index).split(/[.!?;]['"”]? /).pop()!;
      // A kind: after a determiner ("this kind of"), or before "thing" ("sort of thing").
      if (/^[ks]/.test(phrase) && (/\b(?:a|the|this|that|what|which|any|some|every|one|same|all|no|its|his|their|our|my) $/.test(sentence) || said.startsWith(' thing', index + phrase.length))) return false;
      // Said to someone, a few words back; or inside quotation marks opened earlier in the sentence.
      return !/\b(?:said|say|says|saying|asked|ask|told|tell|telling|wrote|suggested|(?:was|were|i'm) like)\b[\s,:'"“‘]*(?:[\w']+[\s,:'"“‘]+){0,5}$|(?:^|[\s(:,])['"“‘]\w[^'"”’]*(?:\w['’]\w[^'"”’]*)*$/.test(sentence);
    })
    .map(({ 0: phrase, index }) => ({ index, phrase }));
}

/** The hedges in `text`: each phrase as it appears, lower case. */
export const hedgePhrases = (text: string): string[] => hedgeMatches(text).map(({ phrase }) => phrase);

/** The hedges in `text`, each with a short quote of the words around it. */
export const hedgeQuotes = (text: string): Quote[] => hedgeMatches(text).map(({ index, phrase }) => quoteAround(text, index, index + phrase.length));
