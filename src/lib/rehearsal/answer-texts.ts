/**
 * A whole model answer's text by part, from its blocks in order (paragraphs and list items, as the
 * page renders them or as the Markdown has them): what `partTexts` adds to each part's line. A story
 * labels its parts ("**Situation:** …"); an approach does not, and is read as its speaking time is
 * counted (answer-parts.ts): the introduction's last sentence is its aim and what comes before it
 * the context, the lists its steps, the closing paragraphs (or, with none, the last step's last
 * sentence) its outcome.
 */

/** A paragraph or list item of the answer. */
export interface AnswerBlock {
  text: string;
  /** The bold words it opens with, without their colon ("Situation", "I built a coalition"). */
  lead?: string;
  /** A list item (an approach's step). */
  item?: boolean;
}

/** Sentences of plain text; a closing quote may follow the stop. */
const sentences = (text: string) => text.split(/(?<=[.!?:]['’"”]?)\s+(?=[A-Z'‘"“])/).filter((s) => s.trim());

/** The answer's text of each of the four parts named `labels`; empty strings where it has none. */
export function answerPartTexts(blocks: readonly AnswerBlock[], labels: readonly string[]): [string, string, string, string] {
  const parts: [string, string, string, string] = ['', '', '', ''];
  const add = (i: number, text: string) => (parts[i] = `${parts[i]} ${text}`.trim());
  let current = -1;
  for (const block of blocks) {
    const label = labels.indexOf(block.lead ?? '');
    if (label >= 0) current = label;
    if (current >= 0) add(current, block.text);
  }
  if (current >= 0) return parts;
  const first = blocks.findIndex((block) => block.item);
  if (first < 0) return parts;
  const last = blocks.findLastIndex((block) => block.item);
  const intro = sentences(blocks.slice(0, first).map((block) => block.text).join(' '));
  add(1, intro.pop() ?? '');
  add(0, intro.join(' '));
  const closing = blocks.slice(last + 1).map((block) => block.text).join(' ');
  const steps = blocks.slice(first, last + 1).map((block) => block.text);
  if (closing.trim()) add(3, closing);
  else {
    const end = sentences(steps.pop() ?? '');
    add(3, end.pop() ?? '');
    steps.push(end.join(' '));
  }
  add(2, steps.join(' '));
  return parts;
}
