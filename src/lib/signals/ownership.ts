/**
 * Who did the action, as told: "I" (the speaker's own actions), "we" (the team's, the speaker's part
 * unclear) or passively ("a plan was put in place", "it was decided", "I was asked to"). Read by
 * the subjects: "I" before a verb; "we" or "the team"; a form of "be" or "get" before a past
 * participle (not a feeling or a state: "was worried", "were incentivized").
 */
import { quoteAround } from './quote.ts';
import type { Quote } from './types.ts';

export type Telling = 'i' | 'we' | 'passive';

const PATTERNS: Record<Telling, RegExp> = {
  // Not "I was asked" (passive), nor "I think" (a hedge).
  i: /\bi(?:'ve|'d)? (?!was|am|think|guess|mean|suppose)(?:also |then |just )?[a-z]+/g,
  we: /\b(?:we(?:'ve|'d)?|(?:my|our|the) team|together) (?!were \w+ed)(?:also |then |just |all )?[a-z]+/g,
  passive:
    /\b(?:is|are|was|were|gets?|got|been|being) (?:\w+ly |all |then )?(?!(?:worri|interest|frustrat|excit|concern|incentiv|suppos|us|bas|involv|scar|convinc|promot|need|call)ed\b)(?:\w+ed|put|set|done|made|drawn|given|taken|built|written|run|held|kept|brought|sent|shown|told|cut|split|found)\b/g,
};

/** How the action is told (mostly "we" or passive: more than twice as often as "I", as the story linter reads "we"), with the words that tell it so. */
export function telling(texts: readonly string[]): { telling: Telling; quotes: Quote[] } {
  const found = { i: [] as Quote[], we: [] as Quote[], passive: [] as Quote[] };
  for (const text of texts) {
    const said = text.toLowerCase().replace(/’/g, "'");
    for (const key of ['i', 'we', 'passive'] as const) for (const match of said.matchAll(PATTERNS[key])) found[key].push(quoteAround(text, match.index, match.index + match[0].length, 3));
  }
  const other = found.we.length + found.passive.length;
  const told: Telling = other < 2 || other <= 2 * found.i.length ? 'i' : found.passive.length > found.we.length ? 'passive' : 'we';
  return { telling: told, quotes: found[told].slice(0, 3) };
}
