/**
 * Who did the action, as told: "I" (the speaker's own actions), "we" (the team's, the speaker's part
 * unclear) or passively ("a plan was put in place", "it was decided", "I was asked to"). Each
 * sentence or piece is read by its subjects: "I" before a verb; "we", "the team" or "together we";
 * a form of "be" or "get" before a past participle (not a feeling: "was worried").
 */
import { quoteAround } from './quote.ts';
import type { Quote } from './types.ts';

export type Telling = 'i' | 'we' | 'passive';

// "I" as a subject (not "I was asked", which is passive, nor "I think", a hedge).
const I = /\bi(?:'ve|'d)?\s+(?!was\b|am\b|think\b|guess\b|mean\b|suppose\b)(?:also\s+|then\s+|just\s+|actually\s+)?[a-z]+/g;
const WE = /\b(?:we(?:'ve|'d)?|(?:my|our|the) team|together)\s+(?!were\s+\w+ed\b)(?:also\s+|then\s+|just\s+|all\s+)?[a-z]+/g;
// Past participles: regular ones, and the irregular ones plans are told with.
const PARTICIPLE = '(?:[a-z]+ed|put|set|done|made|drawn|given|taken|built|written|run|held|kept|brought|sent|shown|chosen|told|cut|split|found|known|spent|won|thrown|begun|rolled)';
// Feelings and states, not actions done to something.
const STATE = /^(?:worried|interested|frustrated|excited|tired|concerned|incentivi[sz]ed|supposed|used|based|involved|scared|stressed|annoyed|surprised|bored|convinced|aligned|motivated|engaged|burned|burnt|overloaded|stretched|blocked|stuck|promoted|hired|paged|needed|required|called|named|known)$/;
const PASSIVE = new RegExp(`\\b(?:is|are|was|were|get|gets|got|been|being)\\s+(?:\\w+ly\\s+|all\\s+|then\\s+)?(${PARTICIPLE})\\b`, 'g');

interface Found {
  index: number;
  end: number;
}

const matches = (text: string, pattern: RegExp, keep = (_match: RegExpMatchArray) => true): Found[] =>
  [...text.matchAll(pattern)].filter(keep).map((match) => ({ index: match.index!, end: match.index! + match[0].length }));

/** How the action is told, with the words that tell it so. */
export function telling(texts: readonly string[]): { telling: Telling; quotes: Quote[]; counts: Record<Telling, number> } {
  const counts = { i: 0, we: 0, passive: 0 };
  const quotes: Record<Telling, Quote[]> = { i: [], we: [], passive: [] };
  for (const text of texts) {
    const said = text.toLowerCase().replace(/’/g, "'");
    const found: Record<Telling, Found[]> = {
      i: matches(said, I),
      we: matches(said, WE),
      passive: matches(said, PASSIVE, (match) => !STATE.test(match[1]!) || /\b(?:i was|was|were) asked\b/.test(match[0])),
    };
    for (const key of ['i', 'we', 'passive'] as const) {
      counts[key] += found[key].length;
      for (const { index, end } of found[key]) quotes[key].push(quoteAround(text, index, end, 3));
    }
  }
  // Mostly "we" or passive: as the story linter reads "we" (pronouns.ts), more than twice as often as "I".
  const other = counts.we + counts.passive;
  if (other < 2 || other <= 2 * counts.i) return { telling: 'i', quotes: quotes.i.slice(0, 3), counts };
  const telling = counts.passive > counts.we ? 'passive' : 'we';
  return { telling, quotes: quotes[telling].slice(0, 3), counts };
}
