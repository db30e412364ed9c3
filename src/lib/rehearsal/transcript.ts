import { countPronouns, saysWeNotI, type PronounCounts } from '../pronouns.ts';
import { digitsFromWords } from '../number-words.ts';
import { hedgeQuotes } from '../signals/hedges.ts';
import type { Quote } from '../signals/types.ts';
import { countWords, wordsPerMinute } from '../speaking-time.ts';

/** The pace most speaking coaches suggest for an interview answer, in words per minute. */
export const PACE_BAND = { slow: 130, fast: 160 } as const;

/** The filler words and phrases counted, as the README lists them ("kind of", "sort of" are hedges: signals/hedges.ts). */
export const FILLERS = ['um', 'uh', 'erm', 'like', 'you know', 'basically', 'actually', 'literally', 'i mean'] as const;
export type Filler = (typeof FILLERS)[number];

/**
 * When a filler is not one: "like" only counts set off by commas (", like," or "Like, …") or as a
 * quote marker after was/were/I'm ("she was like"), never as a verb or comparison ("I like",
 * "looks like a"); "you know" not after do/did/if ("do you know"); "I mean" not after "what"
 * ("what I mean is").
 */
const PATTERNS: Record<Filler, RegExp> = {
  um: /\bu+m+\b/g,
  uh: /\bu+h+\b/g,
  erm: /\ber+m+\b/g,
  like: /,\s*like\s*,|(?:^|[.!?]\s*)like\s*,|\b(?:was|were|i'm)\s+like\b/g,
  'you know': /(?<!\b(?:do|did|if) )\byou know\b/g,
  basically: /\bbasically\b/g,
  actually: /\bactually\b/g,
  literally: /\bliterally\b/g,
  'i mean': /(?<!\bwhat )\bi mean\b/g,
};

/** Lower case, plain quotes, single spaces: what the patterns expect. */
const plain = (text: string) =>
  text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ');

export function countFillers(text: string): Partial<Record<Filler, number>> {
  const said = plain(text);
  const counts: Partial<Record<Filler, number>> = {};
  for (const filler of FILLERS) {
    const n = said.match(PATTERNS[filler])?.length ?? 0;
    if (n) counts[filler] = n;
  }
  return counts;
}

/** Text made comparable: number words as digits ("fifty percent" → "50%", "half" → "50%"), hyphens as spaces. */
export function normalizeForMatching(text: string): string {
  return plain(digitsFromWords(text))
    .replace(/\s+%/g, '%')
    .replace(/[-–—]/g, ' ');
}

/** The figures a key point writes in digits: "50%", "30" (of "30-day"), "12" and "18", "1:1".
 * (Number words in a key point stay words: "the one thing" is no figure.) */
const figuresOf = (text: string) =>
  plain(text)
    .replace(/\s*(?:percent|per cent)\b/g, '%')
    .match(/\d+(?:[.:]\d+)*%?/g) ?? [];

const STOPWORDS = new Set('that this with from have your their them they what when where which only each were will into than then also about there these those would could should'.split(' '));
/** Words of four letters or more ("don't" is one word; quotes around a word are not part of it). */
const wordsOf = (text: string) => (normalizeForMatching(text).match(/[a-z]+(?:'[a-z]+)?/g) ?? []).filter((w) => w.length >= 4);
const contentWords = (text: string) => [...new Set(wordsOf(text))].filter((w) => !STOPWORDS.has(w));

/** A key point's share of content words that must be said for it to count without figures. */
export const KEY_POINT_WORD_SHARE = 0.6;

/**
 * Whether a transcript covers a key point. A key point with figures needs every figure said (the
 * figures are what it is there to remember); one without needs at least 60% of its content words
 * (four letters or more, common words left out).
 */
export function saysKeyPoint(transcript: string, point: string): boolean {
  const said = normalizeForMatching(transcript);
  const figures = figuresOf(point);
  const hasFigure = (figure: string) => new RegExp(`(?<![\\d.:])${figure.replace(/[.%]/g, '\\$&')}(?![\\d:])`).test(said);
  if (figures.length > 0) return figures.every(hasFigure);
  const words = contentWords(point);
  if (words.length === 0) return false;
  const saidWords = new Set(wordsOf(transcript));
  return words.filter((word) => saidWords.has(word)).length / words.length >= KEY_POINT_WORD_SHARE;
}

export interface TranscriptAnalysis {
  words: number;
  /** Words per minute, or undefined without a duration. */
  wpm: number | undefined;
  pace: 'slow' | 'in band' | 'fast' | undefined;
  fillers: Partial<Record<Filler, number>>;
  fillerCount: number;
  fillersPerMinute: number | undefined;
  pronouns: PronounCounts;
  weNotI: boolean;
  keyPoints: boolean[];
  /** Hedges ("I think", "maybe", "kind of"), each quoted with the words around it. */
  hedges: Quote[];
}

export function analyseTranscript(transcript: string, seconds: number, keyPoints: readonly string[]): TranscriptAnalysis {
  const words = countWords(transcript);
  const minutes = seconds / 60;
  const wpm = wordsPerMinute(words, seconds);
  const fillers = countFillers(transcript);
  const fillerCount = Object.values(fillers).reduce((sum, n) => sum + n, 0);
  const pronouns = countPronouns(transcript);
  return {
    words,
    wpm,
    pace: wpm === undefined ? undefined : wpm < PACE_BAND.slow ? 'slow' : wpm > PACE_BAND.fast ? 'fast' : 'in band',
    fillers,
    fillerCount,
    fillersPerMinute: minutes > 0 ? Math.round((fillerCount / minutes) * 10) / 10 : undefined,
    pronouns,
    weNotI: saysWeNotI(pronouns),
    keyPoints: keyPoints.map((point) => saysKeyPoint(transcript, point)),
    hedges: hedgeQuotes(transcript),
  };
}
