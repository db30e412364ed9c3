import type { Root, RootContent } from 'mdast';
import type { Node } from 'unist';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { countWords } from './speaking-time.ts';

/** Words of the model answer in each of its four parts: Situation, Task, Action, Result
 * (for an approach: Context, Aim, Steps, Outcome). */
export type PartWords = [number, number, number, number];

const LABELS = ['situation', 'task', 'action', 'result'];

/** A node's text with its paragraphs kept apart, so words never run together across blocks. */
export function plain(node: Node): string {
  const parts: string[] = [];
  visit(node, ['paragraph', 'heading', 'tableCell'], (block) => {
    parts.push(toString(block));
    return 'skip';
  });
  return parts.join(' ');
}

/** Sentences of plain text; a closing quote may follow the stop ("…roadmap.' This frames"). */
const sentences = (text: string) => text.split(/(?<=[.!?:]['’"”]?)\s+(?=[A-Z'‘"“])/).filter((s) => s.trim());

/** The STAR label a list item opens with ("**Action:**"), as a part index, or -1. */
function labelOf(node: RootContent): number {
  if (node.type !== 'listItem') return -1;
  const first = node.children[0];
  const strong = first?.type === 'paragraph' ? first.children[0] : undefined;
  if (strong?.type !== 'strong') return -1;
  return LABELS.indexOf(toString(strong).replace(/:\s*$/, '').trim().toLowerCase());
}

/** A story labels its parts: "**Situation:**" … "**Result:**". Words before the first label
 * (the framing) count with the Situation, as they do when you speak and mark the parts. */
function storyParts(tree: Root): PartWords | undefined {
  const words: PartWords = [0, 0, 0, 0];
  let part = 0;
  let labelled = false;
  for (const block of tree.children) {
    const items = block.type === 'list' ? block.children : [block];
    for (const item of items) {
      const label = labelOf(item);
      if (label >= 0) [part, labelled] = [label, true];
      words[part]! += countWords(plain(item));
    }
  }
  return labelled ? words : undefined;
}

/** An approach is an introduction, numbered steps and perhaps a closing paragraph. The
 * introduction's last sentence is its aim and what comes before it the context; the steps are
 * the lists; the closing paragraphs (or, with none, the last step's last sentence) the outcome. */
function approachParts(tree: Root): PartWords {
  const firstList = tree.children.findIndex((node) => node.type === 'list');
  const lastList = tree.children.findLastIndex((node) => node.type === 'list');
  const text = (nodes: RootContent[]) => nodes.map(plain).join(' ');
  if (firstList < 0) return [0, 0, 0, 0].map((_, i) => (i === 0 ? countWords(text(tree.children)) : 0)) as PartWords;
  const intro = sentences(text(tree.children.slice(0, firstList)));
  const aim = intro.pop() ?? '';
  let steps = text(tree.children.slice(firstList, lastList + 1));
  let outcome = text(tree.children.slice(lastList + 1));
  if (!outcome.trim()) {
    const stepSentences = sentences(steps);
    outcome = stepSentences.pop() ?? '';
    steps = stepSentences.join(' ');
  }
  return [countWords(intro.join(' ')), countWords(aim), countWords(steps), countWords(outcome)];
}

/** Words per part of an answer's Markdown tree, counted at build. */
export function answerPartWords(tree: Root): PartWords {
  return storyParts(tree) ?? approachParts(tree);
}
