// Search through your stories, which the site's index (built before you wrote them) cannot hold.
import { loadStories } from '../../lib/stories/stored.ts';
import { storyUrl } from '../../lib/stories/urls.ts';

/** The words of a text, lower-cased, for search. */
const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Search: your stories that hold every word searched (a word may be the start of one: "deleg" finds
 * "delegate") and, with topics chosen, are on one of them; best first by how often, each with a few
 * words around the first match in the story itself: its title and question show above the excerpt,
 * which does not say them again.
 */
export function searchStories(query: string, topics: readonly string[] = []): { url: string; title: string; question: string; excerpt: string }[] {
  const searched = wordsOf(query);
  if (!searched.length && !topics.length) return [];
  return loadStories()
    .stories.filter((story) => !topics.length || story.topics.some((topic) => topics.includes(topic)))
    .map((story) => {
      const text = [story.situation, story.task, story.action, story.result, ...story.keyPoints, story.answer].join(' ');
      const words = wordsOf(`${story.title} ${story.question} ${text}`);
      const hits = searched.map((word) => words.filter((candidate) => candidate.startsWith(word)).length);
      const at = searched.length ? text.toLowerCase().indexOf(searched[0]!) : -1;
      const excerpt = at < 0 ? '' : `${at > 60 ? '…' : ''}${text.slice(Math.max(0, at - 60), at + 100).trim()}…`;
      return { story, score: hits.every(Boolean) ? hits.reduce((sum, n) => sum + n, 1) : 0, excerpt };
    })
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score)
    .map(({ story, excerpt }) => ({ url: storyUrl(story.id), title: story.title || 'Untitled story', question: story.question, excerpt }));
}
