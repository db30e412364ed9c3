import type { Quote } from './types.ts';

/** At most this many words either side of what a quote is about. */
const AROUND = 4;

/**
 * A short run of `text` around characters `start`–`end`: the words matched with a few either side,
 * "…" where the text goes on.
 */
export function quoteAround(text: string, start: number, end: number, around = AROUND): Quote {
  const before = text.slice(0, start).split(/\s+/).filter(Boolean);
  const after = text.slice(end).split(/\s+/).filter(Boolean);
  const head = before.slice(-around);
  const tail = after.slice(0, around);
  // The match may start or end inside a word: keep that word whole.
  const glueStart = start > 0 && !/\s/.test(text[start - 1]!);
  const glueEnd = end < text.length && !/\s/.test(text[end]!);
  const middle = text.slice(start, end);
  const left = glueStart ? `${head.join(' ')}${middle}` : [...head, middle].join(' ');
  const run = glueEnd ? `${left}${tail.join(' ')}` : [left, ...tail].join(' ');
  const cut = (run: string) => run.replace(/^[\s,;:.]+|[\s,;:]+$/g, '');
  return `${before.length > around ? '…' : ''}${cut(run)}${after.length > around ? '…' : ''}`;
}

/** A whole piece or sentence as a quote, cut to `words` words. */
export function quoteOf(text: string, words = 12): Quote {
  const all = text.trim().replace(/[\s.,;:!?]+$/, '').split(/\s+/);
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
}
