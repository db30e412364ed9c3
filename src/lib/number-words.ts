/**
 * Numbers as people say them, read as digits: a recogniser writes "thirty day plan", "half of his
 * time", "one on one", where a written story has "30-day plan", "50%", "1:1". One reading for the
 * key points, the result's figure and anything else that compares a figure said with one written.
 */

// Their values by place: 0–19, then the tens (20–90), then the scales.
const WORDS = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million'.split(' ');
const valueOf = (word: string) => {
  const i = WORDS.indexOf(word);
  return i < 20 ? i : i < 28 ? (i - 18) * 10 : [100, 1e3, 1e6][i - 28]!;
};

/** A run of number words: "twenty five", "two hundred and fifty", "forty-two". */
const RUN = new RegExp(`\\b(?:${WORDS.join('|')})(?:(?:[ -]|,? and )(?:${WORDS.join('|')}))*\\b`, 'g');

/** The value of a run of number words ("two hundred and fifty" → 250). */
function runValue(run: string): number {
  let total = 0;
  let current = 0;
  for (const word of run.split(/,? and |[ -]/)) {
    const value = valueOf(word);
    if (value === 100) current = (current || 1) * 100;
    else if (value > 100) [total, current] = [total + (current || 1) * value, 0];
    else current += value;
  }
  return total + current;
}

/** Fractions said as words, as the percentages a written story gives ("third" alone is an order, not a share). */
const FRACTIONS: Record<string, string> = { half: '50%', third: '33%', quarter: '25%', 'two thirds': '67%', 'three quarters': '75%' };

/**
 * Lower-case text with its number words as digits: "thirty day" → "30 day", "fifty percent" →
 * "50%", "half" → "50%", "a third" → "33%", "one on one" → "1:1", "twelve to eighteen" → "12 to 18".
 * Digits already written stay as they are ("50 percent" → "50%").
 */
export function digitsFromWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/\b(?:one|1)[ -](?:on|to)[ -](?:one|1)(s?)\b/g, '1:1$1')
    .replace(/\bhalf an hour\b/g, '30 minutes')
    .replace(/\b(?:(?:a|one) (?=third|quarter)|(?:a |one )?(?=half))(\w+)\b|\b(?:two thirds|three quarters)\b/g, (run, share?: string) => FRACTIONS[share ?? run] ?? run)
    .replace(RUN, (run) => String(runValue(run)))
    .replace(/\s*per ?cent\b/g, '%');
}

/** A "one" that counts nothing: "one of our best", "the one thing", "one day", "no one", "someone". */
const NO_COUNT = /\b(?:one (?=of|thing|more|person|who|that|day)|(?:no|the|some|any) ?one)\b/gi;

/** Text with its number words as digits (digitsFromWords), and a "one" that counts nothing left out. */
export const countsIn = (text: string): string => digitsFromWords(text.replace(NO_COUNT, ' '));

/** The figures a text gives, read either way: "30", "50%", "1:1", "12", "3.5"; a "one" that counts nothing is none. */
export const figuresIn = (text: string): string[] => countsIn(text).match(/\d+(?:[.:]\d+)*%?/g) ?? [];
