// A story of yours in the shape the site reads a question's own page in (model-answer.ts): what
// the Rehearse panel needs, the four lines labelled for its kind, and the answer to show. Practice's
// card, the mock interview's room and report read a story through this, as they read a model answer.
import { spokenAnswer, storyLines, storyRehearsal } from '../../lib/stories/derive.ts';
import type { Story } from '../../lib/stories/story.ts';
import type { ModelAnswer } from '../shared/model-answer.ts';
import { answerFragment } from './answer-dom.ts';

export const storyModel = (story: Story): ModelAnswer => ({
  rehearsal: storyRehearsal(story),
  star: storyLines(story).map(({ label, text }) => ({ label, text })),
  // Without a whole answer the four lines are the answer: nothing more to show.
  ...(story.answer.trim() && { answer: answerFragment(spokenAnswer(story)) }),
});
