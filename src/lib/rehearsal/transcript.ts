import { digitsFromWords, figuresIn } from '../number-words.ts';
import { countWords, wordsPerMinute } from '../speaking-time.ts';
import { TELLING, stems } from './parts-from-words.ts';

/** The pace most speaking coaches suggest for an interview answer, in words per minute. */
export const PACE_BAND = { slow: 130, fast: 160 } as const;

/**
 * The filler words and phrases counted, as the guide lists them ("kind of", "sort of" are hedges:
 * signals/hedges.ts), each with its pattern. When a filler is not one: "like" only counts set off
 * by commas (", like," or "Like, …") or as a quote marker after was/were/I'm ("she was like"),
 * never as a verb or comparison ("I like", "looks like a"); "you know" not after do/did/if ("do you
 * know"); "I mean" not after "what" ("what I mean is").
 */
const FILLERS = {
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
export type Filler = keyof typeof FILLERS;

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
  for (const [filler, pattern] of Object.entries(FILLERS)) {
    const n = said.match(pattern)?.length ?? 0;
    if (n) counts[filler as Filler] = n;
  }
  return counts;
}

/** Text made comparable: number words as digits ("fifty percent" → "50%", "half" → "50%"), hyphens as spaces. */
export function normalizeForMatching(text: string): string {
  return plain(digitsFromWords(text))
    .replace(/\s+%/g, '%')
    .replace(/[-–—]/g, ' ');
}


/** A figure worth remembering by itself: a share, or a number past ten. Small counts ("three", 1:1) need words with them. */
const telling = (figure: string) => /%|\d\d/.test(figure);

/** "Roadshow:", "The question:": a key point's name, which the answer need not say. */
const LABEL = /^[^:.;]{1,30}:\s+(?=\S)/;

/** How many of a key point's telling words (stemmed) are said, and their share; its name, before a colon, left out when that helps. */
function wordsSaid(said: ReadonlySet<string>, point: string): number {
  // One word of several is chance, not the point.
  const least = Math.min(2, new Set(stems(point, TELLING)).size);
  const share = (text: string) => {
    const own = [...new Set(stems(text, TELLING))];
    const found = own.filter((stem) => said.has(stem)).length;
    return found >= least && own.length ? found / own.length : 0;
  };
  return Math.max(share(point), share(point.replace(LABEL, '')));
}

/** The share of a key point's words that must be said for it to count: without figures, and with small ones. */
export const KEY_POINT_WORD_SHARE = { plain: 0.45, withFigures: 0.25 };

/** A key point is said in one place: its words and figures within a run of about this many words (or three times its own). */
const WINDOW = 30;

/**
 * Whether a transcript covers a key point, numbers read either way (thirty ↔ 30, half ↔ 50%,
 * one on one ↔ 1:1), within one run of words. A key point with figures needs every figure said,
 * and (where all are small counts) some of its words; one without needs nearly half of its telling words,
 * stemmed, and at least two.
 */
export function saysKeyPoint(transcript: string, point: string): boolean {
  // Figures: "50%", "30" (of "30-day" or "thirty-day"), "12" and "18", "1:1".
  const figures = figuresIn(point);
  const words = transcript.split(/\s+/).filter(Boolean);
  const size = Math.max(WINDOW, 3 * point.split(/\s+/).length);
  for (let from = 0; from === 0 || from + size <= words.length + size / 2; from += Math.ceil(size / 3)) {
    const run = words.slice(from, from + size).join(' ');
    const said = normalizeForMatching(run);
    const hasFigure = (figure: string) => new RegExp(`(?<![\\d.:])${figure.replace(/[.%]/g, '\\$&')}(?![\\d:])`).test(said);
    const share = wordsSaid(new Set(stems(run, TELLING)), point);
    if (figures.length ? figures.every(hasFigure) && (figures.some(telling) || share >= KEY_POINT_WORD_SHARE.withFigures) : share >= KEY_POINT_WORD_SHARE.plain) return true;
  }
  return false;
}

export interface TranscriptAnalysis {
  words: number;
  /** Words per minute, or undefined without a duration. */
  wpm: number | undefined;
  pace: 'slow' | 'in band' | 'fast' | undefined;
  fillers: Partial<Record<Filler, number>>;
  fillerCount: number;
  fillersPerMinute: number | undefined;
  keyPoints: boolean[];
}

export function analyseTranscript(transcript: string, seconds: number, keyPoints: readonly string[]): TranscriptAnalysis {
  const words = countWords(transcript);
  const minutes = seconds / 60;
  const wpm = wordsPerMinute(words, seconds);
  const fillers = countFillers(transcript);
  const fillerCount = Object.values(fillers).reduce((sum, n) => sum + n, 0);
  return {
    words,
    wpm,
    pace: wpm === undefined ? undefined : wpm < PACE_BAND.slow ? 'slow' : wpm > PACE_BAND.fast ? 'fast' : 'in band',
    fillers,
    fillerCount,
    fillersPerMinute: minutes > 0 ? Math.round((fillerCount / minutes) * 10) / 10 : undefined,
    keyPoints: keyPoints.map((point) => saysKeyPoint(transcript, point)),
  };
}
