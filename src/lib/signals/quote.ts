import type { Quote } from './types.ts';

/** At most this many words either side of what a quote is about. */
const AROUND = 4;

/**
 * A short run of `text` around characters `start`–`end`, within their sentence: the words matched
 * with a few either side, "…" where the sentence goes on.
 */
export function quoteAround(text: string, start: number, end: number, around = AROUND): Quote {
  const from = Math.max(0, ...[...text.slice(0, start).matchAll(/[.!?;]['’"”]?\s+/g)].map((stop) => stop.index + stop[0].length));
  const stop = /[.!?;](?=['’"”]?(?:\s|$))/.exec(text.slice(end));
  const to = stop ? end + stop.index : text.length;
  const before = text.slice(from, start).split(/\s+/).filter(Boolean);
  const after = text.slice(end, to).split(/\s+/).filter(Boolean);
  // The match may start or end inside a word: that word is kept whole.
  const glueStart = start > from && !/\s/.test(text[start - 1]!);
  const glueEnd = end < to && !/\s/.test(text[end]!);
  const head = before.slice(-around - (glueStart ? 1 : 0));
  const tail = after.slice(0, around + (glueEnd ? 1 : 0));
  const run = `${head.join(' ')}${glueStart || !head.length ? '' : ' '}${text.slice(start, end)}${glueEnd || !tail.length ? '' : ' '}${tail.join(' ')}`;
  return `${before.length > head.length ? '…' : ''}${run.replace(/^[\s,;:]+|[\s,;:]+$/g, '')}${after.length > tail.length ? '…' : ''}`;
}

/** A whole piece or sentence as a quote, cut to `words` words, without its closing stop. */
export function quoteOf(text: string, words = 12): Quote {
  const all = text.trim().replace(/[\s.,;:!?]+$/, '').split(/\s+/);
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
}
