import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { answerPartWords } from './answer-parts.ts';
import { countWords, speakingSeconds } from './speaking-time.ts';

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/**
 * The words a reader says aloud: counted per text node, so Markdown markup is never read
 * aloud and paragraphs never run together into one word.
 */
export function wordsInTree(tree: Root): number {
  let words = 0;
  visit(tree, ['text', 'inlineCode'], (node) => {
    if ('value' in node) words += countWords(node.value);
  });
  return words;
}

/** Hands the answer's speaking time to the page as `remarkPluginFrontmatter.speakingSeconds`,
 * and its words per STAR part as `partWords` (the model split a rehearsal is compared with). */
export function remarkSpeakingTime() {
  return (tree: Root, file: VFile) => {
    const data = file.data as AstroData;
    const frontmatter = ((data.astro ??= {}).frontmatter ??= {});
    frontmatter['speakingSeconds'] = speakingSeconds(wordsInTree(tree));
    frontmatter['partWords'] = answerPartWords(tree);
  };
}
