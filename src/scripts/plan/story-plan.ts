// The study plan with your stories among its questions.
import { loadStories } from '../../lib/stories/stored.ts';

/** The study plan's questions: your stories are questions like any other, in the place of the model answers they replace. */
export function planQuestions<Q extends { id: string }>(questions: Q[]) {
  const { stories } = loadStories();
  const mine = stories.map(({ id, round, title }) => ({ id, round, title: title || 'Untitled story' }));
  return [...questions.filter(({ id }) => !stories.some(({ replaces }) => replaces === id)), ...mine];
}
