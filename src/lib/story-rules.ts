/**
 * The rules an answer is held to, one copy for the build and the browser: the content schema
 * (src/schemas/question.ts) rejects what breaks a limit, the story linter (story-lint.ts) advises,
 * and the editor of your own stories checks and advises as you type, all with what is here. Plain
 * functions over plain text (no zod, no Markdown parser), so the browser can carry them.
 */
import { countPronouns, saysWeNotI } from './pronouns.ts';
import { formatSpeakingTime } from './speaking-time.ts';
import { STAR_FIELDS, type StarField } from './star.ts';

export const LIMITS = {
  /** A title is also the page's title and the practice card's heading. */
  title: 70,
  /** A STAR line, a key point or a follow-up: what fits a line of the cheat sheet. */
  line: 160,
  keyPoints: { min: 2, max: 4 },
  followUps: 6,
} as const;

/** `npm run new` starts every text it leaves for the writer with this; a published entry may not keep it. */
export const PLACEHOLDER = 'TODO:';

export const isPlaceholder = (text: string) => text.trimStart().startsWith(PLACEHOLDER);

/** The fields of an entry the rules read, as text (trimmed or not: they are trimmed here). */
export interface EntryText {
  title: string;
  question: string;
  topics: readonly string[];
  situation: string;
  task: string;
  action: string;
  result: string;
  keyPoints: readonly string[];
  followUps: readonly string[];
}

/** What keeps an entry from being published, at the field (and item) it is in. */
export interface Problem {
  path: (string | number)[];
  message: string;
  /** A limit broken: what is there is worth saying ("found a list of 7"). */
  limit?: true;
}

export { STAR_FIELDS, type StarField };

/**
 * Every problem with an entry's text, as the build rejects it; a draft may have no topic and keep
 * placeholders. A field that is not text (or not a list) is left to whoever checks types: the
 * build's schema, which runs these rules too.
 */
export function entryProblems(entry: { [K in keyof EntryText]?: unknown }, draft = false): Problem[] {
  const problems: Problem[] = [];
  const add = (path: (string | number)[], message: string, limit?: true) => problems.push({ path, message, ...(limit && { limit }) });
  const line = (path: (string | number)[], text: unknown, name: string, max: number = LIMITS.line) => {
    if (typeof text !== 'string') return;
    const trimmed = text.trim();
    if (!trimmed) add(path, `${name} must not be empty`, true);
    else if (trimmed.length > max) add(path, `${name} must be at most ${max} characters`, true);
    else if (!draft && isPlaceholder(trimmed)) add(path, placeholderMessage(String(path[0])));
  };
  const list = (value: unknown): readonly unknown[] | undefined => (Array.isArray(value) ? value : undefined);
  line(['title'], entry.title, 'title', LIMITS.title);
  line(['question'], entry.question, 'question', Infinity);
  if (!draft && list(entry.topics)?.length === 0) add(['topics'], 'topics needs at least one topic');
  for (const field of STAR_FIELDS) line([field], entry[field], field);
  const keyPoints = list(entry.keyPoints);
  if (keyPoints && keyPoints.length < LIMITS.keyPoints.min) add(['keyPoints'], 'keyPoints needs at least two lines', true);
  if (keyPoints && keyPoints.length > LIMITS.keyPoints.max) add(['keyPoints'], 'keyPoints takes at most four lines', true);
  keyPoints?.forEach((point, index) => line(['keyPoints', index], point, 'a key point'));
  const followUps = list(entry.followUps);
  if (followUps && followUps.length > LIMITS.followUps) add(['followUps'], 'followUps takes at most six questions', true);
  followUps?.forEach((question, index) => line(['followUps', index], question, 'a follow-up'));
  return problems;
}

function placeholderMessage(field: string): string {
  return `${field} is still a placeholder ("${PLACEHOLDER} …"): write your own, or mark the entry draft: true`;
}

/** Advice on a story, never an error: each says what and, in one line, why it matters. */
export interface StoryWarning {
  rule: 'long-answer' | 'unmeasured-result' | 'we-not-i' | 'long-star-line';
  /** The field it is about ("answer" for the whole answer). */
  field: 'answer' | StarField;
  message: string;
  why: string;
}

/** Answers past this many seconds lose the interviewer. */
export const MAX_ANSWER_SECONDS = 180;
/** STAR lines past this many characters wrap to a third line on the printed sheet. */
export const SHEET_LINE_CHARACTERS = 150;

/** A number, a percentage, or a word that measures change. */
const MEASURABLE =
  /\d|%|\b(one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|thousand|million|billion|half|double|doubled|triple|tripled|halved|twice|increased|reduced|decreased|grew|cut|saved|faster|slower|fewer|more)\b/i;

/** What the advice reads: the four lines, the kind, the answer's speaking time, and the Action as told. */
export interface AdviceInput extends Pick<EntryText, StarField> {
  /** Seconds the whole answer takes aloud. */
  seconds: number;
  /** The Action as the answer tells it (its "Action:" part), or the action line. */
  actionTold: string;
}

/** The story linter's advice: over 3 minutes, a result with no figure, "we" for "I", a line too long for the sheet. */
export function storyAdvice({ seconds, actionTold, ...lines }: AdviceInput): StoryWarning[] {
  const warnings: StoryWarning[] = [];
  if (seconds > MAX_ANSWER_SECONDS) {
    warnings.push({
      rule: 'long-answer',
      field: 'answer',
      message: `The answer takes ${formatSpeakingTime(seconds)}, over 3 minutes.`,
      why: 'Past three minutes interviewers lose the thread and have no time left for follow-up questions.',
    });
  }
  if (lines.result.trim() && !MEASURABLE.test(lines.result)) {
    warnings.push({
      rule: 'unmeasured-result',
      field: 'result',
      message: `The result has no number or measurable outcome: “${lines.result.trim()}”`,
      why: 'A figure (how much, how fast, how many) makes a result credible and easy to remember.',
    });
  }
  const pronouns = countPronouns(actionTold);
  if (saysWeNotI(pronouns)) {
    warnings.push({
      rule: 'we-not-i',
      field: 'action',
      message: `The action says “we” ${pronouns.we} times and “I” ${pronouns.i}.`,
      why: 'Interviewers assess what you did yourself: tell your own actions with “I”.',
    });
  }
  for (const field of STAR_FIELDS) {
    const length = lines[field].trim().length;
    // Past the line's limit the rule says so (entryProblems): one message, with the one limit it checks.
    if (length > SHEET_LINE_CHARACTERS && length <= LIMITS.line) {
      warnings.push({
        rule: 'long-star-line',
        field,
        message: `${field} is ${length} characters (over ${SHEET_LINE_CHARACTERS}).`,
        why: 'Long STAR lines wrap on the printed cheat sheet and can push it past two pages.',
      });
    }
  }
  return warnings;
}

/** The Action part of an answer told with STAR labels ("**Action:**" or "Action:"), or undefined when it has none. */
export function actionText(answer: string): string | undefined {
  return /(?:\*\*)?\bAction:(?:\*\*)?([\s\S]*?)(?:\n\s*(?:[*-]\s+)?(?:\*\*)?Result:|$)/.exec(answer)?.[1];
}
