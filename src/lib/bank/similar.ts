// How alike two questions are, for the content checker: the same words (in any order, any case,
// any punctuation) make the same question, and most of the same words a near-duplicate.

/** The words of a text, lower case, without punctuation; apostrophes kept inside words. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

/** The share of distinct words two texts have in common (Jaccard): 1 for the same words. */
export function similarity(a: string, b: string): number {
  const left = new Set(wordsOf(a));
  const right = new Set(wordsOf(b));
  const shared = [...left].filter((word) => right.has(word)).length;
  const all = left.size + right.size - shared;
  return all === 0 ? 1 : shared / all;
}

/** At or above this, two questions say the same thing in nearly the same words. */
export const NEAR_DUPLICATE = 0.75;

/** The fewest words in a row that a question may share with an answer before it counts as copied. */
export const COPIED_RUN = 7;

/** The first run of `run` words in a row that `question` takes from `answer`, if any. */
export function copiedWords(question: string, answer: string, run = COPIED_RUN): string | undefined {
  const words = wordsOf(question);
  const text = ` ${wordsOf(answer).join(' ')} `;
  for (let start = 0; start + run <= words.length; start++) {
    const piece = words.slice(start, start + run).join(' ');
    if (text.includes(` ${piece} `)) return piece;
  }
  return undefined;
}
