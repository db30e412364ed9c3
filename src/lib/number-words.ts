/**
 * Numbers as people say them, read as digits: a recogniser writes "thirty day plan", "half of his
 * time", "one on one", where a written story has "30-day plan", "50%", "1:1". One reading for the
 * key points, the result's figure and anything else that compares a figure said with one written.
 */

const UNITS = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };

/** A word's value as a number word, or undefined. */
function valueOf(word: string): number | undefined {
  const unit = UNITS.indexOf(word);
  if (unit >= 0) return unit;
  const ten = TENS.indexOf(word);
  return ten >= 0 ? 20 + ten * 10 : undefined;
}

const NUMBER = `(?:${[...UNITS, ...TENS, ...Object.keys(SCALES)].join('|')})`;
/** A run of number words: "twenty five", "two hundred and fifty", "forty-two". */
const RUN = new RegExp(`\\b${NUMBER}(?:(?:[ -]|,? and )${NUMBER})*\\b`, 'g');

/** The value of a run of number words ("two hundred and fifty" → 250). */
function runValue(run: string): number {
  let total = 0;
  let current = 0;
  for (const word of run.split(/[ -]|,? and /)) {
    const scale = SCALES[word];
    if (scale === undefined) current += valueOf(word) ?? 0;
    else if (scale === 100) current = (current || 1) * 100;
    else {
      total += (current || 1) * scale;
      current = 0;
    }
  }
  return total + current;
}

/** Fractions said as words, as the percentages a written story gives. */
const FRACTIONS: [RegExp, string][] = [
  [/\b(?:two|2) thirds\b/g, '67%'],
  [/\b(?:three|3) quarters\b/g, '75%'],
  [/\b(?:a|one|1) third\b/g, '33%'],
  [/\b(?:a|one|1) quarter\b/g, '25%'],
  [/\b(?:a |one )?half\b/g, '50%'],
];

/**
 * Lower-case text with its number words as digits: "thirty day" → "30 day", "fifty percent" →
 * "50%", "half" → "50%", "a third" → "33%", "one on one" → "1:1", "twelve to eighteen" → "12 to 18".
 * Digits already written stay as they are ("50 percent" → "50%").
 */
export function digitsFromWords(text: string): string {
  let said = text.toLowerCase().replace(/[‘’]/g, "'");
  said = said.replace(/\b(?:one|1)[ -](?:on|to)[ -](?:one|1)(s?)\b/g, '1:1$1');
  said = said.replace(/\bhalf an hour\b/g, '30 minutes');
  said = said.replace(RUN, (run) => String(runValue(run)));
  for (const [pattern, percent] of FRACTIONS) said = said.replace(pattern, percent);
  return said.replace(/\s*(?:percent|per cent)\b/g, '%');
}

/** The figures a text gives, read either way: "30", "50%", "1:1", "12", "3.5". */
export function figuresIn(text: string): string[] {
  return digitsFromWords(text).match(/\d+(?:[.:]\d+)*%?/g) ?? [];
}
