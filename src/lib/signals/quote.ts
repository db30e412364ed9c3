import type { Quote } from './types.ts';

/**
 * The words of `text` around characters `start`–`end`, within their sentence: those matched with
 * `around` either side, "…" where the sentence goes on.
 */
export function quoteAround(text: string, start: number, end: number, around = 4): Quote {
  const from = text.slice(0, start).search(/[^.!?;]*$/);
  const stop = text.slice(end).search(/[.!?;](?=\s|$)/);
  const sentence = text.slice(from, stop < 0 ? undefined : end + stop).replace(/^[\s'"”’]+/, '');
  const words = sentence.split(/\s+/);
  // The words the match starts and ends in.
  const first = text.slice(from, start).replace(/^[\s'"”’]+/, '').split(/\s+/).length - 1;
  const last = first + text.slice(start, end).split(/\s+/).length - 1;
  return quoteOf(words.slice(Math.max(0, first - around), last + around + 1).join(' '), 99, first > around, last + around + 1 < words.length);
}

/** A whole piece or sentence as a quote, cut to `words` words, without its closing stop. */
export function quoteOf(text: string, words = 12, before = false, after = false): Quote {
  const all = text.trim().replace(/[\s.,;:!?]+$/, '').split(/\s+/);
  return `${before ? '…' : ''}${all.slice(0, words).join(' ')}${after || all.length > words ? '…' : ''}`;
}
