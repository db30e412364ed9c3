// A story of yours as an entry of content/questions/, an MDX file: written for Download as MDX (from
// its editor and from its page, one way to write it) and read from one opened in the editor. Loaded
// on those clicks, so the editor itself arrives without it.
import { mdxFileName, storyToMdx } from '../../lib/stories/mdx.ts';
import type { Story } from '../../lib/stories/story.ts';
import { download } from '../shared/dom.ts';

export { mdxToStory } from '../../lib/stories/mdx.ts';

/** `orders`: each round's last order among the site's questions (lib/stories/last-orders.ts); the entry takes the next. */
export function downloadMdx(story: Story, orders: Record<string, number>): void {
  download(new Blob([storyToMdx(story, (orders[story.round] ?? 0) + 1)], { type: 'text/markdown' }), mdxFileName(story));
}
