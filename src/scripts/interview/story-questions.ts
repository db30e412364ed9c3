// The mock interview with your stories among its questions.
import { OPENING } from '../../lib/conversation/asked.ts';
import { entryKind } from '../../lib/stories/opening.ts';
import { loadStories } from '../../lib/stories/stored.ts';
import { storyModel } from '../stories/model.ts';

/** The mock interview: your stories as questions, each with its own answer for the report (nothing to fetch). */
export const interviewQuestions = () =>
  loadStories()
    .stories.filter((story) => story.question.trim())
    .map((story) => {
      const model = storyModel(story);
      const { id, round, title, question, kind, topics, replaces, headline } = story;
      return {
        id,
        round,
        // Your opening is named as the room names it, whatever you titled it.
        title: kind === 'opening' ? OPENING.title : title || 'Untitled story',
        question,
        kind: entryKind(kind),
        topics,
        seconds: model.rehearsal.seconds,
        parts: model.rehearsal.parts,
        followUps: model.rehearsal.followUps,
        model,
        own: true as const,
        ...(replaces && { replaces }),
        // The line its short version is built from.
        ...(headline && { headline }),
        // Your opening: asked first when the set-up asks for it, never among the questions.
        ...(kind === 'opening' && { opening: true as const }),
      };
    });

/** Your opening ("Tell me about yourself"), the newest if several, as the room asks it first; none when you have not written one. */
export const interviewOpening = () => interviewQuestions().find((question) => question.opening);

/**
 * The questions of a mock interview: the page's, with your stories in the place of the model
 * answers they replace and the others after them; (`stories`) your stories only; or (`''`, a past
 * session's report) all of them, your opening too (asked first, never among the others).
 */
export function interviewPool<Q extends { id: string }>(questions: Q[], source: string) {
  const own = interviewQuestions().filter((question) => !source || !question.opening);
  return source === 'stories' ? own : [...questions.filter(({ id }) => !source || !own.some((story) => story.replaces === id)), ...own];
}
