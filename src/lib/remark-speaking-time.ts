import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { countWords, speakingSeconds } from './speaking-time.ts';

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/**
 * Hands the answer's speaking time to the page as `remarkPluginFrontmatter.speakingSeconds`.
 * Words are counted per text node, so Markdown markup is never read aloud and
 * paragraphs never run together into one word.
 */
export function remarkSpeakingTime() {
  return (tree: Root, file: VFile) => {
    let words = 0;
    visit(tree, ['text', 'inlineCode'], (node) => {
      if ('value' in node) words += countWords(node.value);
    });
    const data = file.data as AstroData;
    const frontmatter = ((data.astro ??= {}).frontmatter ??= {});
    frontmatter['words'] = words;
    frontmatter['speakingSeconds'] = speakingSeconds(words);
  };
}
