import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { answerPartWords } from '../../../src/lib/answer-parts.ts';
import { splitFrontmatter } from '../../../src/lib/frontmatter.ts';
import { wordsInTree } from '../../../src/lib/remark-speaking-time.ts';
import { countWords } from '../../../src/lib/speaking-time.ts';
import { QUESTIONS_DIR } from '../helpers/content-files.ts';

const parse = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(markdown);
const entry = (id: string) => parse(splitFrontmatter(readFileSync(join(QUESTIONS_DIR, `${id}.mdx`), 'utf8'))!.body);

describe('the model answer split into its four parts, counted at build', () => {
  it('counts a story by its labels; the framing before the Situation counts with it', () => {
    const words = answerPartWords(parse('I set the frame.\n\n* **Situation:** One two.\n* **Task:** Three.\n* **Action:** Four five six.\n* **Result:** Seven eight.'));
    expect(words).toEqual([4 + 3, 2, 4, 3]);
  });

  it('keeps a nested list (numbered steps inside the Action) with its part', () => {
    const words = answerPartWords(parse('* **Situation:** A.\n* **Action:** I acted.\n    1. **Step:** one two.\n    2. three.\n* **Result:** Done.'));
    expect(words).toEqual([2, 0, 3 + 3 + 1, 2]);
  });

  it('splits an approach: intro context, its last sentence the aim, the steps, a closing outcome', () => {
    const words = answerPartWords(parse('It matters. I focus on two areas:\n\n1. **One:** a b.\n2. **Two:** c d.\n\nFor me, it is a filter.'));
    expect(words).toEqual([2, 5, 6, 6]);
  });

  it('takes the last step’s last sentence as the outcome when nothing follows the steps', () => {
    const words = answerPartWords(parse("My approach links things.\n\n1. **Why:** Align first.\n2. **Who:** Say 'we need one team.' This frames the trade-offs."));
    expect(words).toEqual([0, 4, 3 + 6, 4]);
  });

  it('matches the seed: every word of each answer lands in exactly one part', () => {
    for (const id of ['managing-managers', 'upward-influence', 'matrixed-conflict', 'inclusive-culture', 'roadmap-and-budget']) {
      const tree = entry(id);
      const words = answerPartWords(tree);
      expect(words.every((n) => n > 0 || id === 'roadmap-and-budget'), id).toBe(true);
      expect(Math.abs(words.reduce((a, b) => a + b, 0) - wordsInTree(tree)), id).toBeLessThanOrEqual(2);
    }
  });

  it('gives the roadmap answer its own outcome sentence and the DE&I answer its closing line', () => {
    const roadmap = answerPartWords(entry('roadmap-and-budget'));
    expect(roadmap[3]).toBe(countWords('This frames the conversation around business trade-offs, making the budgeting process much more strategic and transparent.'));
    expect(roadmap[0]).toBe(0);
    const culture = answerPartWords(entry('inclusive-culture'));
    expect(culture[1]).toBe(countWords('I focus my efforts on three areas:'));
    expect(culture[3]).toBe(countWords("For me, DE&I isn't a separate initiative; it's a filter through which I make all my talent-related decisions."));
  });
});
