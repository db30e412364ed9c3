/** A calm interview pace: slower than conversation, so the estimate errs long. */
export const WORDS_PER_MINUTE = 140;

/** Counts spoken words: runs of letters or digits, so "1:1s", "50-70" and "DE&I" are one word each. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[^\s\p{L}\p{N}]+[\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Seconds it takes to say `words` aloud, rounded to the nearest 5 s (at least 5 s for any text). */
export function speakingSeconds(words: number): number {
  if (words <= 0) return 0;
  return Math.max(5, Math.round((words / WORDS_PER_MINUTE) * 12) * 5);
}

/** "about 2 min 10 s aloud", "about 45 s aloud", "about 3 min aloud". */
export function formatSpeakingTime(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const parts = [minutes > 0 ? `${minutes} min` : '', rest > 0 || minutes === 0 ? `${rest} s` : ''];
  return `about ${parts.filter(Boolean).join(' ')} aloud`;
}

/** Machine-readable duration for `<time datetime>`, e.g. "PT2M10S". */
export function isoDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return `PT${minutes ? `${minutes}M` : ''}${rest || !minutes ? `${rest}S` : ''}`;
}

/** Speaking time of a text, in seconds. */
export function speakingTimeOf(text: string): number {
  return speakingSeconds(countWords(text));
}

/** Words a minute for `words` said in `seconds`; undefined without a duration. */
export const wordsPerMinute = (words: number, seconds: number) => (seconds > 0 ? Math.round(words / (seconds / 60)) : undefined);
