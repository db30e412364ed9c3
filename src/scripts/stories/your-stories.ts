// Your own stories, everywhere a model answer is: what each feature does with them, gathered into one
// build of its own that a page loads only where this device holds some (stories-loader.ts). Each
// part lives with the feature it serves. The stories are read from the device (lib/stories/stored.ts)
// and shown as text, never as HTML.
export { loadStories } from '../../lib/stories/stored.ts';
export { answerBody, showStory, skippedLine } from './story-view.ts';
export { renderList } from './story-list-view.ts';
export { practiceCards } from '../practice/story-cards.ts';
export { countStories } from '../practice/story-count.ts';
export { planQuestions } from '../plan/story-plan.ts';
export { interviewOpening, interviewPool, interviewQuestions } from '../interview/story-questions.ts';
export { coverBank, rankableStories } from '../bank/story-ranking.ts';
export { searchStories } from '../search/story-search.ts';
export { sheetStories } from '../sheet/story-sheet.ts';
export { homeStories } from './home-stories.ts';

/** The editor (story-editor.ts), a part of this build that loads when you come to write. */
export const editor = () => import('./story-editor.ts');
