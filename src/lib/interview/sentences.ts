/**
 * A question cut into pieces a speech synthesiser says whole. Chrome stops an utterance after about
 * 15 seconds, so each sentence is one utterance, and a sentence longer than `max` characters (about
 * 12 seconds at a speaking voice's pace) is cut again after a comma, semicolon or dash.
 */
export function speechPieces(text: string, max = 180): string[] {
  const sentences = text.trim().split(/(?<=[.?!])\s+(?=[A-Z0-9“"‘'(])/);
  return sentences.flatMap((sentence) => {
    if (sentence.length <= max) return [sentence];
    const pieces: string[] = [];
    let current = '';
    for (const clause of sentence.split(/(?<=[,;:—–])\s+/)) {
      if (current && current.length + clause.length + 1 > max) {
        pieces.push(current);
        current = clause;
      } else current = current ? `${current} ${clause}` : clause;
    }
    if (current) pieces.push(current);
    return pieces;
  }).filter(Boolean);
}
