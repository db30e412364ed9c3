// The home page's stories, on their card, where this device holds some: how many, the newest a tap
// away, and the gaps left among the unseen questions once they count too (a gap closes when a story of yours
// shares a topic with it, as on the unseen questions' page).
import { loadStories } from '../../lib/stories/stored.ts';
import { storyUrl } from '../../lib/stories/urls.ts';
import { plural } from '../../lib/words.ts';
import { h } from '../shared/dom.ts';

export function homeStories(root: ParentNode): void {
  const section = root.querySelector<HTMLElement>('[data-home-stories]');
  const { stories } = loadStories();
  if (!section || !stories.length) return;
  const covered = new Set<string>(stories.flatMap((story) => story.topics));
  const gaps = (JSON.parse(section.dataset['gaps']!) as string[][]).filter((topics) => !topics.some((topic) => covered.has(topic)));
  const newest = stories.slice(0, 3).flatMap((story, i) => [i ? ', ' : '', h('a', { href: storyUrl(story.id) }, story.title || 'Untitled story')]);
  const line = section.querySelector<HTMLElement>('[data-stories]')!;
  line.replaceChildren(`${plural(stories.length, 'story', 'stories')} of yours${stories.length > 3 ? ', the newest' : ''}: `, ...newest, '.');
  line.hidden = false;
  root.querySelector('[data-gap-count]')!.textContent = plural(gaps.length, 'question');
}
