// Unseen questions with your stories: ranked among the site's by shared topics, and the gaps they close.
import { storySeconds } from '../../lib/stories/derive.ts';
import { loadStories } from '../../lib/stories/stored.ts';
import { topicLabel } from '../../lib/topics.ts';
import { storyUrl } from '../../lib/stories/urls.ts';
import { h } from '../shared/dom.ts';

/** What the drill and the coverage page rank a story by, as the site's own stories are. */
export const rankableStories = () =>
  loadStories().stories.map((story) => ({
    id: story.id,
    title: story.title || 'Untitled story',
    topics: story.topics,
    seconds: storySeconds(story),
    url: storyUrl(story.id),
    keyPoints: story.keyPoints,
  }));

/**
 * The coverage page of unseen questions: your stories among those that fit each question (by shared
 * topics), and a gap closed when one of yours covers it.
 */
export function coverBank(root: HTMLElement): void {
  const own = loadStories().stories;
  for (const item of root.querySelectorAll<HTMLElement>('[data-bank]')) {
    const topics = item.dataset['topics']!.split(' ');
    const fitting = own.filter((story) => story.topics.some((topic) => topics.includes(topic)));
    if (!fitting.length) continue;
    const fits = item.querySelector('.fits')!;
    const yours = fitting.flatMap((story, i) => [i ? '; ' : '', h('a', { href: storyUrl(story.id) }, story.title || 'Untitled story'), ` (${story.topics.filter((topic) => topics.includes(topic)).map(topicLabel).join(', ')})`]);
    if (item.dataset['fits'] === '0') {
      fits.replaceChildren('Your stories that fit: ', ...yours);
      // No longer a gap: one of yours covers it.
      const gap = root.querySelector(`[data-gap="${item.dataset['bank']}"]`);
      const group = gap?.closest('[data-gap-topic]');
      gap?.remove();
      if (group && !group.querySelector('[data-gap]')) group.remove();
    } else fits.prepend('Your stories that fit: ', ...yours, '. ');
    item.dataset['fits'] = String(Number(item.dataset['fits']) + fitting.length);
  }
  root.querySelector<HTMLElement>('[data-no-gaps]')!.hidden = root.querySelector('[data-gap]') !== null;
}
