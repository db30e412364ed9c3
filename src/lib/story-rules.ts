/**
 * The rules an answer is held to, one copy for the build and the browser: the content schema
 * (src/schemas/question.ts) rejects what breaks a limit, and the editor of your own stories checks
 * as you type, with what is here; the advice on top (story-advice.ts) is the story linter's and
 * the editor's. Plain functions over plain text (no zod, no Markdown parser), so the browser can
 * carry them.
 */
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

/** The Action part of an answer told with STAR labels ("**Action:**" or "Action:"), or undefined when it has none. */
export function actionText(answer: string): string | undefined {
  return /(?:\*\*)?\bAction:(?:\*\*)?([\s\S]*?)(?:\n\s*(?:[*-]\s+)?(?:\*\*)?Result:|$)/.exec(answer)?.[1];
}
