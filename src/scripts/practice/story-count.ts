// Your stories in the count of what there is to practise (lib/to-practise.ts): the same on practice,
// the home page and a round's page. Part of your stories' code, loaded only where the device holds some.
import { loadStories } from '../../lib/stories/stored.ts';
import { toPractise } from '../../lib/to-practise.ts';

/**
 * Every summary of what is practised inside `root` counts the model answers (its `data-ids`, or
 * those with a last-rating line) your stories leave, and your stories (of its `data-round`, when it
 * names one): it then says so (progress-view.ts).
 */
export function countStories(root: Element): void {
  const { stories } = loadStories();
  const models = [...root.querySelectorAll<HTMLElement>('[data-last-rating]')].map((slot) => slot.dataset['lastRating']!).filter((id) => !stories.some((story) => story.id === id));
  for (const summary of root.querySelectorAll<HTMLElement>('[data-progress-summary]')) {
    const counted = toPractise(summary.dataset['ids']?.split(' ') ?? [...new Set(models)], stories, summary.dataset['round']);
    summary.dataset['ids'] = counted.models.join(' ');
    summary.dataset['stories'] = counted.stories.join(' ');
  }
}
