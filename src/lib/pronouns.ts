/**
 * "I" against "we": interviewers assess what you did yourself. One rule for the story linter
 * (on the written Action) and the rehearsal analysis (on what you said), so both agree.
 */
export interface PronounCounts {
  i: number;
  we: number;
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** First-person singular (I, my, me) and plural (we, our, us) words, in any case. */
export function countPronouns(text: string): PronounCounts {
  return { i: count(text, /\b(i|my|me)\b/gi), we: count(text, /\b(we|our|us)\b/gi) };
}

/** "We" at least 3 times and more than twice as often as "I". */
export function saysWeNotI({ i, we }: PronounCounts): boolean {
  return we >= 3 && we > 2 * i;
}
