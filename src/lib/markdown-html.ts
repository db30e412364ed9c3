import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify);

/** An answer's Markdown as HTML, for exports outside the site (raw HTML in the Markdown is dropped). */
export async function markdownToHtml(markdown: string): Promise<string> {
  return String(await processor.process(markdown));
}
