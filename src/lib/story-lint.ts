import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Question } from '../schemas/question.ts';
import { wordsInTree } from './remark-speaking-time.ts';
import { countPronouns, saysWeNotI } from './pronouns.ts';
import { formatSpeakingTime, speakingSeconds } from './speaking-time.ts';
import { STAR_FIELDS } from './star.ts';

/** Advice on a story, never an error: each says what and, in one line, why it matters. */
export interface StoryWarning {
  rule: 'long-answer' | 'unmeasured-result' | 'we-not-i' | 'long-star-line';
  message: string;
  why: string;
}

/** Answers past this many seconds lose the interviewer. */
export const MAX_ANSWER_SECONDS = 180;
/** STAR lines past this many characters wrap to a third line on the printed sheet. */
export const SHEET_LINE_CHARACTERS = 150;

const parser = unified().use(remarkParse).use(remarkGfm);

/** A number, a percentage, or a word that measures change. */
const MEASURABLE =
  /\d|%|\b(one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|thousand|million|billion|half|double|doubled|triple|tripled|halved|twice|increased|reduced|decreased|grew|cut|saved|faster|slower|fewer|more)\b/i;

/** The Action part of a story told in the STAR format, or undefined when the answer has none. */
function actionText(body: string): string | undefined {
  return /\*\*Action:\*\*([\s\S]*?)(?:\n\s*[*-]\s+\*\*Result:\*\*|$)/.exec(body)?.[1];
}

export function lintStory(data: Question, body: string): StoryWarning[] {
  const warnings: StoryWarning[] = [];

  const seconds = speakingSeconds(wordsInTree(parser.parse(body)));
  if (seconds > MAX_ANSWER_SECONDS) {
    warnings.push({
      rule: 'long-answer',
      message: `The answer takes ${formatSpeakingTime(seconds)}, over 3 minutes.`,
      why: 'Past three minutes interviewers lose the thread and have no time left for follow-up questions.',
    });
  }

  if (!MEASURABLE.test(data.result)) {
    warnings.push({
      rule: 'unmeasured-result',
      message: `The result has no number or measurable outcome: “${data.result}”`,
      why: 'A figure (how much, how fast, how many) makes a result credible and easy to remember.',
    });
  }

  const action = data.kind === 'story' ? (actionText(body) ?? data.action) : data.action;
  const pronouns = countPronouns(action);
  const { we, i } = pronouns;
  if (saysWeNotI(pronouns)) {
    warnings.push({
      rule: 'we-not-i',
      message: `The action says “we” ${we} times and “I” ${i}.`,
      why: 'Interviewers assess what you did yourself: tell your own actions with “I”.',
    });
  }

  for (const field of STAR_FIELDS) {
    const length = data[field].length;
    if (length > SHEET_LINE_CHARACTERS) {
      warnings.push({
        rule: 'long-star-line',
        message: `${field} is ${length} characters (over ${SHEET_LINE_CHARACTERS}).`,
        why: 'Long STAR lines wrap on the printed cheat sheet and can push it past two pages.',
      });
    }
  }
  return warnings;
}
