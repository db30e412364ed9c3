/**
 * The STAR parts of an answer found from its words, with no key pressed: each piece of the
 * transcript (a final result of the live transcript, with the moment it was said; or a sentence of
 * a typed one) is matched to the Situation, Task, Action or Result of the story being answered by
 * the words they share, stemmed (Porter, the `stemmer` package), common words left out, a word that
 * every part uses counting less. The parts come in order: a part never comes back once a later one
 * has started; a piece that matches nothing stays in the part before it. Where the person pressed
 * Next part, the presses win (partSplit below).
 *
 * Where it cannot be trusted: an answer told in other words entirely (nothing matches), two parts
 * in one sentence (the piece goes to one of them), a part told before its turn (it counts with the
 * part it interrupts).
 */
import { stemmer } from 'stemmer';
import { digitsFromWords } from '../number-words.ts';
import { GOES_ON, cueCounts } from './part-cues.ts';

/** Under this many words a transcript is too short to judge. */
export const MIN_WORDS = 40;

/** One piece of what was said: its words, and (live) when it began, in seconds of the recording. */
export interface Piece {
  text: string;
  at?: number;
}

/** What each part of the answer being rehearsed says: its line, and any more of its words (the whole answer's part, key points). */
export type PartTexts = readonly [string, string, string, string];

export interface FoundPart {
  /** Heard: at least one piece matched it. */
  heard: boolean;
  /** When it began (seconds), for a live transcript. */
  start?: number;
  /** Its length in seconds (live), up to the next part heard or the end. */
  seconds?: number;
  /** Its share of the answer: of the time (live) or of the words (typed), 0–1. */
  share: number;
  /** Its words. */
  words: number;
}

export type WordSplit =
  | {
      verdict: 'parts';
      parts: FoundPart[];
      timed: boolean;
      unmatched: number;
      pieces: number;
      /** The pieces considered, in order (empty ones left out). */
      said: Piece[];
      /** The part (0–3) of each of `said`. */
      assigned: number[];
    }
  | { verdict: 'too-short'; words: number }
  | { verdict: 'no-match'; pieces: number };

// Words too common to say which part a piece belongs to.
const COMMON = new Set(
  'a an and are as at be been but by can could did do for from had has have he her him his how i if in into is it its just me my no not of on or our out she so than that the their them then there they this to up us was we were what when which who will with would you your about after all also am because before get got more now one only other own really said since thing things time way well went'.split(' '),
);

const tokens = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];

/** Words that say what happened, though common: a key point may turn on them ("only you can do", "before the review"). */
export const TELLING = new Set('only thing things before after since way time own all more out other now'.split(' '));

/** The stems of a text's telling words (`keep`: common words that tell all the same). */
export function stems(text: string, keep?: ReadonlySet<string>): string[] {
  // Numbers as digits, so "thirty day" shares "30" with "30-day".
  return tokens(digitsFromWords(text))
    .filter((word) => (!COMMON.has(word) || keep?.has(word)) && word.length > 1)
    // "weekly" and "week", "daily" and "day": Porter keeps an adverb's -li.
    .map((word) => stemmer(word.replace(/'s$/, '')).replace(/(?<=...)li$/, ''));
}

/** Sentences of a typed transcript, as pieces without times. */
export const sentences = (text: string): Piece[] =>
  text
    .split(/(?<=[.?!])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean)
    .map((sentence) => ({ text: sentence }));

/** Each piece's score for each part: the shared stems, each weighted by how few parts use it. */
function shared(pieces: readonly Piece[], parts: PartTexts): number[][] {
  const partStems = parts.map((text) => new Set(stems(text)));
  const weight = (stem: string) => {
    const used = partStems.filter((set) => set.has(stem)).length;
    return used ? 1 / used : 0;
  };
  return pieces.map((piece) => {
    const own = new Set(stems(piece.text));
    return partStems.map((set) => [...own].reduce((sum, stem) => sum + (set.has(stem) ? weight(stem) : 0), 0));
  });
}

/** How much each kind of evidence counts: the story's words, the cues, a part's usual length, a part not said, a part starting on "and". */
export const WEIGHTS = { words: 1, cues: 1, length: 4, empty: 2, goesOn: 0.5 };
/** Each part's usual share of an answer's words. */
export const USUAL_SHARES = [0.22, 0.1, 0.46, 0.22] as const;

/** The first words that say something, fillers left out. */
const lead = (text: string) => text.toLowerCase().replace(/^(?:(?:um+|uh+|erm|yeah|you know)[\s,]+)+/, '');

/**
 * The parts in order that agree best with the evidence: each piece's part (0–3), never going back.
 * Every way of cutting the pieces into four runs (a run may be empty) is scored: each piece by the
 * part it is in, each part by how far its share of the words is from the usual, each cut by the
 * words it falls before.
 */
function assign(pieces: readonly Piece[], parts: PartTexts): number[] {
  const words = shared(pieces, parts);
  const score = pieces.map((piece, i) => cueCounts(piece.text).map((cues, p) => WEIGHTS.words * words[i]![p]! + WEIGHTS.cues * cues));
  const n = pieces.length;
  const sizes = pieces.map((piece) => wordCount(piece.text));
  const total = sizes.reduce((sum, size) => sum + size, 0) || 1;
  // Sums from the start: of each part's score, and of the words.
  const sums = [0, 1, 2, 3].map((p) => score.reduce<number[]>((acc, row) => [...acc, acc.at(-1)! + row[p]!], [0]));
  const before = sizes.reduce<number[]>((acc, size) => [...acc, acc.at(-1)! + size], [0]);
  const cut = pieces.map((piece) => (GOES_ON.test(lead(piece.text)) ? -WEIGHTS.goesOn : 0));
  const part = (p: number, from: number, to: number) => {
    const share = (before[to]! - before[from]!) / total;
    return sums[p]![to]! - sums[p]![from]! - WEIGHTS.length * (share - USUAL_SHARES[p]!) ** 2 - (to === from ? WEIGHTS.empty : 0) + (p > 0 && to > from && from > 0 ? cut[from]! : 0);
  };
  let best = -Infinity;
  let cuts = [n, n, n];
  for (let a = 0; a <= n; a++) {
    const first = part(0, 0, a);
    for (let b = a; b <= n; b++) {
      const second = first + part(1, a, b);
      for (let c = b; c <= n; c++) {
        const value = second + part(2, b, c) + part(3, c, n);
        if (value > best) [best, cuts] = [value, [a, b, c]];
      }
    }
  }
  return pieces.map((_, i) => cuts.filter((at) => at <= i).length);
}

const wordCount = (text: string) => tokens(text).length;

/**
 * The parts found in `pieces` for the story whose parts say `parts`; `seconds` is the recording's
 * length (live transcripts): each part's time then runs to the next part heard, or the end.
 */
export function partsFromWords(pieces: readonly Piece[], parts: PartTexts, seconds?: number): WordSplit {
  const said = pieces.filter((piece) => piece.text.trim());
  const words = said.reduce((sum, piece) => sum + wordCount(piece.text), 0);
  if (words < MIN_WORDS) return { verdict: 'too-short', words };
  const matched = shared(said, parts).filter((row) => row.some((value) => value > 0)).length;
  if (!matched) return { verdict: 'no-match', pieces: said.length };
  const of = assign(said, parts);
  const timed = seconds !== undefined && said.every((piece) => piece.at !== undefined);
  const found: FoundPart[] = [0, 1, 2, 3].map((part) => {
    const mine = said.filter((_, i) => of[i] === part);
    const count = mine.reduce((sum, piece) => sum + wordCount(piece.text), 0);
    return { heard: mine.length > 0, words: count, share: count / words, ...(timed && mine.length && { start: part === 0 ? 0 : mine[0]!.at! }) };
  });
  if (timed) {
    const starts = found.map((part) => part.start);
    for (const [i, part] of found.entries()) {
      if (part.start === undefined) continue;
      const next = starts.slice(i + 1).find((start) => start !== undefined) ?? seconds!;
      part.seconds = Math.max(0, next - part.start);
      part.share = seconds! > 0 ? part.seconds / seconds! : 0;
    }
  }
  return { verdict: 'parts', parts: found, timed, unmatched: said.length - matched, pieces: said.length, said, assigned: of };
}

/** What an attempt holds to read its parts from. */
export interface SaidAttempt {
  seconds: number;
  transcript?: string;
  pieces?: Required<Piece>[];
  followUp?: { at?: number };
}

/**
 * An attempt's parts from its words: the live transcript's pieces, timed to the end of the answer
 * (a follow-up's time left out), or else the sentences of the transcript typed for it.
 */
export function attemptWords({ seconds, transcript, pieces, followUp }: SaidAttempt, parts: PartTexts): WordSplit {
  return pieces?.length ? partsFromWords(pieces, parts, Math.min(seconds, followUp?.at ?? seconds)) : partsFromWords(sentences(transcript ?? ''), parts);
}

/**
 * Where parts begin (seconds), as the attempt's marks are kept: the presses the person made, then
 * (for the parts after the last press) the words' starts, each after the one before. A part the
 * words never heard has no start.
 */
export function partStarts(marks: readonly number[], split?: WordSplit): (number | undefined)[] {
  const starts: (number | undefined)[] = [];
  let after = 0;
  for (let i = 0; i < 3; i++) {
    const pressed = marks[i];
    const found = split?.verdict === 'parts' ? split.parts[i + 1]?.start : undefined;
    const start = pressed ?? (found !== undefined && found >= after ? found : undefined);
    starts.push(start);
    if (start !== undefined) after = start;
  }
  return starts;
}

/** A situation past this share of the answer is advice … */
export const SITUATION_MAX = 0.3;
/** … and so is an action under this one. */
export const ACTION_MIN = 0.35;

/**
 * What to say of the parts found: one line each, worded from the figures; nothing where all is well.
 * A part not heard first, then an action too short, then a situation too long: what you did and
 * what it achieved matter most (a report shows only the first few lines).
 */
export function wordAdvice(split: WordSplit, labels: readonly string[]): string[] {
  if (split.verdict === 'too-short') return [`Too few words to find the parts from (${split.words}, under about ${MIN_WORDS}): mark each part as you speak, or say more.`];
  if (split.verdict === 'no-match') return ['None of your words match the story’s parts, so they cannot be found from them: mark each part as you speak (Next part, or M).'];
  const name = (i: number) => labels[i]!.toLowerCase();
  const percent = (share: number) => `${Math.round(share * 100)}%`;
  const [situation, , action] = split.parts as [FoundPart, FoundPart, FoundPart, FoundPart];
  const advice = split.parts.flatMap((part, i) => (part.heard ? [] : [`No ${name(i)} heard: ${i === 3 ? 'say how it ended, with a figure' : 'say it in so many words'}.`]));
  const of = split.timed ? 'of the answer' : 'of your words';
  if (action.heard && action.share < ACTION_MIN) advice.push(`Your ${name(2)} took only ${percent(action.share)} ${of}: say more of what you did yourself.`);
  if (situation.share > SITUATION_MAX) advice.push(`Your ${name(0)} took ${percent(situation.share)} ${of}: keep it under a third and get to what you did.`);
  return advice;
}

/**
 * A story's part texts from its four lines, its key points (each with the line it shares most
 * words with) and, where there is one, its whole answer's parts.
 */
export function partTexts(lines: readonly string[], keyPoints: readonly string[] = [], answer: readonly string[] = []): PartTexts {
  const texts = [0, 1, 2, 3].map((i) => [lines[i] ?? '', answer[i] ?? '']);
  const lineStems = texts.map((part) => new Set(stems(part.join(' '))));
  for (const point of keyPoints) {
    const own = stems(point);
    const shared = lineStems.map((set) => own.filter((stem) => set.has(stem)).length);
    const best = Math.max(...shared);
    if (best > 0) texts[shared.indexOf(best)]!.push(point);
  }
  return texts.map((parts) => parts.join(' ')) as unknown as PartTexts;
}
