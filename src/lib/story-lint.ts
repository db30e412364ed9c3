import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Question } from '../schemas/question.ts';
import { wordsInTree } from './remark-speaking-time.ts';
import { speakingSeconds } from './speaking-time.ts';
import { actionText, storyAdvice, type StoryWarning } from './story-rules.ts';

export { MAX_ANSWER_SECONDS, SHEET_LINE_CHARACTERS, type StoryWarning } from './story-rules.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

/** The linter's advice on an entry (story-rules.ts): the answer's speaking time and its Action read from its Markdown. */
export function lintStory(data: Question, body: string): StoryWarning[] {
  const seconds = speakingSeconds(wordsInTree(parser.parse(body)));
  const actionTold = data.kind === 'story' ? (actionText(body) ?? data.action) : data.action;
  return storyAdvice({ ...data, seconds, actionTold });
}
