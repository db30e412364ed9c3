import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Question } from '../schemas/question.ts';
import { plain } from './answer-parts.ts';
import { wordsInTree } from './remark-speaking-time.ts';
import { speakingSeconds } from './speaking-time.ts';
import { storyAdvice, type StoryWarning } from './story-advice.ts';
import { actionText } from './story-rules.ts';

export { MAX_ANSWER_SECONDS, SHEET_LINE_CHARACTERS, type StoryWarning } from './story-advice.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

/** The linter's advice on an entry (story-advice.ts): the answer's speaking time, its Action and its text read from its Markdown. */
export function lintStory(data: Question, body: string): StoryWarning[] {
  const tree = parser.parse(body);
  const seconds = speakingSeconds(wordsInTree(tree));
  const actionTold = data.kind === 'story' ? (actionText(body) ?? data.action) : data.action;
  return storyAdvice({ ...data, seconds, actionTold, answer: plain(tree) });
}
