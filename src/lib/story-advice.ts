/**
 * Advice on a story, never an error: the story linter's (story-lint.ts, on the entries) and the
 * editor's of your own stories (stories/advice.ts), one copy for both. What an interviewer hears
 * in it (a result's figure, ownership, hedges, the lesson) is judged by the one set of rules for
 * written and spoken words, src/lib/signals/. A module apart from the rules (story-rules.ts), which
 * every page with your stories carries: this loads with the editor.
 */
import { hedgePhrases } from './signals/hedges.ts';
import { writtenSignals, type SignalRule } from './signals/signals.ts';
import { formatSpeakingTime } from './speaking-time.ts';
import { STAR_FIELDS, partLabels, type Kind, type StarField } from './star.ts';
import { LIMITS, type EntryText } from './story-rules.ts';

/** Advice on a story, never an error: each says what and, in one line, why it matters. */
export interface StoryWarning {
  rule: 'long-answer' | 'unmeasured-result' | 'we-not-i' | 'hedging' | 'no-lesson' | 'long-star-line';
  /** The field it is about ("answer" for the whole answer). */
  field: 'answer' | StarField;
  /** What is wrong, quoting the words it is about where there are some. */
  message: string;
  why: string;
}

/** Answers past this many seconds lose the interviewer. */
export const MAX_ANSWER_SECONDS = 180;
/** STAR lines past this many characters wrap to a third line on the printed sheet. */
export const SHEET_LINE_CHARACTERS = 150;

/** What the advice reads: the four lines, the answer's speaking time, the Action as told, and the whole answer. */
export interface AdviceInput extends Pick<EntryText, StarField> {
  /** Seconds the whole answer takes aloud. */
  seconds: number;
  /** The Action as the answer tells it (its "Action:" part), or the action line. */
  actionTold: string;
  /** The whole answer as plain text, where there is one: read for hedges and the lesson with the lines. */
  answer?: string | undefined;
  /** A story or an approach: the parts' names in the advice ("your steps"). A story unless said. */
  kind?: Kind;
}

/** The signals (signals/) the linter and the editor advise on, in this order, each with its rule's name and why it matters. */
const SIGNAL_ADVICE: [SignalRule, StoryWarning['rule'], string][] = [
  ['result-figure', 'unmeasured-result', 'A figure (how much, how fast, how many) makes a result credible and easy to remember.'],
  ['ownership', 'we-not-i', 'Interviewers assess what you did yourself: tell your own actions with “I”.'],
  ['hedging', 'hedging', 'Hedges make you sound unsure of your own story: an interviewer hears doubt.'],
  ['lesson', 'no-lesson', 'Interviewers listen for what you took from it, and often ask: say it unasked.'],
];

/**
 * The story linter's advice: over 3 minutes; what an interviewer hears (signals/): a result with no
 * figure, the action told with "we" or passively, hedges, no lesson; a line too long for the sheet.
 */
export function storyAdvice({ seconds, actionTold, answer, kind = 'story', ...lines }: AdviceInput): StoryWarning[] {
  const warnings: StoryWarning[] = [];
  if (seconds > MAX_ANSWER_SECONDS) {
    warnings.push({
      rule: 'long-answer',
      field: 'answer',
      message: `The answer takes ${formatSpeakingTime(seconds)}, over 3 minutes.`,
      why: 'Past three minutes interviewers lose the thread and have no time left for follow-up questions.',
    });
  }
  const texts = STAR_FIELDS.map((field) => lines[field]) as [string, string, string, string];
  const signals = writtenSignals({ lines: texts, answer, action: actionTold, labels: partLabels(kind) });
  // A hedge is advised at the line it is in (the first), or at the answer.
  const fields: Partial<Record<SignalRule, StoryWarning['field']>> = {
    'result-figure': 'result',
    ownership: 'action',
    hedging: STAR_FIELDS.find((field) => hedgePhrases(lines[field]).length) ?? 'answer',
  };
  for (const [from, rule, why] of SIGNAL_ADVICE) {
    const found = signals.find((signal) => signal.rule === from);
    // An empty result is the form's to point out, not a missing figure; an approach tells how you
    // work, not what happened, and is asked for no lesson.
    if (!found || found.ok || (from === 'result-figure' && !lines.result.trim()) || (from === 'lesson' && kind === 'approach')) continue;
    warnings.push({ rule, field: fields[from] ?? 'answer', message: found.message, why });
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
