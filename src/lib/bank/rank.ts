// Which of a reader's stories fits a question they have not prepared: the stories sharing most of
// its topics first. Pure, so the pages (at build) and the drill (in the browser) rank alike.
import type { Topic } from '../topics.ts';

export interface Ranked<T> {
  story: T;
  /** The topics the story shares with the question, in the question's order. */
  shared: Topic[];
}

/**
 * Every story, those sharing most topics with `topics` first; ties keep the stories' own order
 * (the site's order of rounds and questions). Stories sharing nothing come last, still in order.
 */
export function rankStories<T extends { topics: readonly Topic[] }>(topics: readonly Topic[], stories: readonly T[]): Ranked<T>[] {
  return stories
    .map((story, index) => ({ story, index, shared: topics.filter((topic) => story.topics.includes(topic)) }))
    .sort((a, b) => b.shared.length - a.shared.length || a.index - b.index)
    .map(({ story, shared }) => ({ story, shared }));
}

/** The stories that fit at all (at least one shared topic), best first, at most `limit`. */
export function bestFits<T extends { topics: readonly Topic[] }>(topics: readonly Topic[], stories: readonly T[], limit = 3): Ranked<T>[] {
  return rankStories(topics, stories)
    .filter((ranked) => ranked.shared.length > 0)
    .slice(0, limit);
}
