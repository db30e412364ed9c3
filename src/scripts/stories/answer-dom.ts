// A whole answer as you wrote it, shown as the site shows a model answer: paragraphs (a blank line
// between), lists (lines opening with "- ", "* " or "1. "), **bold**. Built from text nodes, never
// parsed as HTML: what you typed is shown as text, whatever it holds.
import { h } from '../shared/dom.ts';

/** One line's text with its **bold** runs. */
const inline = (text: string) => text.split(/\*\*(.+?)\*\*/g).map((part, i) => (i % 2 ? h('strong', {}, part) : part));

export function answerFragment(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const block of text.trim().split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((line) => line.trim());
    const items = lines.map((line) => /^\s*(?:[-*]|\d+\.)\s+(.*)$/.exec(line)?.[1]);
    if (lines.length && items.every((item) => item !== undefined)) {
      const ordered = /^\s*\d+\./.test(lines[0]!);
      fragment.append(h(ordered ? 'ol' : 'ul', {}, ...items.map((item) => h('li', {}, ...inline(item!)))));
    } else if (lines.length) fragment.append(h('p', {}, ...inline(lines.join(' '))));
  }
  return fragment;
}
