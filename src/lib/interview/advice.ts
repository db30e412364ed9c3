/**
 * What a mock interview's report says to work on first, and what went well, worded from its
 * figures ("Your situations ran long in 3 of 5 answers"). Each rule scores the share of answers it
 * concerns; the report shows the highest first, at most three. Thresholds are the Rehearse panel's
 * (split.ts, transcript.ts) and the two below; the README lists them all.
 */
import { clock } from '../clock.ts';
import { wordAdvice, type PartTexts } from '../rehearsal/parts-from-words.ts';
import { lengthVerdict, type SignalRule } from '../signals/signals.ts';
import { attemptSignals, keyPointsFrom, saidInParts, splitWarnings } from '../rehearsal/split.ts';
import { PACE_BAND } from '../rehearsal/transcript.ts';
import { plural } from '../words.ts';
import { answerSeconds, overtime, sessionFigures, type AnswerInput } from './figures.ts';
import { keyPointShare } from './session.ts';

/** Below this share of key points said, the report asks for them. */
export const KEY_POINTS_TARGET = 0.7;
/** Above this many filler words a minute, the report points them out. */
export const FILLERS_LIMIT = 2;
/**
 * What each signal weighs, times the share of answers it concerns: what you did and what it
 * achieved first; sounding unsure next; the lesson, which an interviewer often asks for anyway, last.
 */
export const SIGNAL_WEIGHTS: Record<SignalRule, number> = { ownership: 1, 'result-figure': 1, hedging: 0.75, lesson: 0.5, length: 0 };

export interface AdviceAnswer extends AnswerInput {
  /** The model answer's words per part and the parts' names, as the Rehearse panel reads them. */
  modelWords: readonly number[];
  labels: readonly string[];
  /** The question's title, to say which answer a piece of advice comes from. */
  title?: string;
  /** What the story's parts say: its parts are then found in the answer's words where none was marked. */
  words?: PartTexts;
}

export interface Advice {
  rule: 'over-time' | 'short' | 'long-situation' | 'no-result' | 'key-points' | 'pace' | 'fillers' | 'unmarked' | 'from-words' | Exclude<SignalRule, 'length'>;
  message: string;
  /** How much it matters: the share of answers concerned (0 to 1). */
  weight: number;
}

export interface InterviewAdvice {
  /** The two or three things to work on first, most important first. */
  workOn: Advice[];
  /** What went well, in the same terms. */
  wentWell: string[];
}

/** "situations", "contexts", or "situations and contexts": the part's names in the answers concerned. */
const partNames = (answers: readonly AdviceAnswer[], part: number, many = true) =>
  [...new Set(answers.map((answer) => `${answer.labels[part]?.toLowerCase()}${many ? 's' : ''}`))].join(' and ');

export function interviewAdvice(answers: readonly AdviceAnswer[]): InterviewAdvice {
  const m = answers.length;
  const advice: Advice[] = [];
  const wentWell: string[] = [];
  if (m === 0) return { workOn: [], wentWell: [] };
  const of = (n: number, total = m) => `${n} of ${plural(total, 'answer')}`;

  const over = answers.filter((answer) => overtime(answer) > 0);
  // Under a third of its own time an answer is short, never "within time".
  const short = answers.filter(({ attempt }) => lengthVerdict(answerSeconds(attempt), attempt.target) === 'short');
  if (over.length) {
    const longest = Math.max(...over.map(overtime));
    advice.push({ rule: 'over-time', weight: over.length / m, message: `${of(over.length)} ran over their time, the longest by ${clock(longest)}: cut the framing, keep the figures.` });
  } else if (!short.length) wentWell.push(m === 1 ? 'Your answer ended within its time.' : `All ${m} answers ended within their time.`);
  if (short.length) {
    const [{ attempt, title }] = short as [AdviceAnswer];
    const first = `${title ? `${title}: ` : ''}${clock(answerSeconds(attempt))} of ${clock(attempt.target)}`;
    advice.push({
      rule: 'short',
      weight: short.length / m,
      message: short.length > 1 ? `${of(short.length)} were short, under a third of their time (${first}): tell each part.` : `${first}: short, under a third of its time. Tell each part.`,
    });
  }

  const marked = answers.filter((answer) => answer.attempt.marks.length > 0);
  const warned = (rule: string) =>
    marked.filter((answer) =>
      splitWarnings({ ...answer.attempt, followUpAt: answer.attempt.followUp?.at, modelWords: answer.modelWords, labels: answer.labels }).some(
        (warning) => warning.rule === rule,
      ),
    );
  if (marked.length) {
    const long = warned('long-situation');
    if (long.length) advice.push({ rule: 'long-situation', weight: long.length / marked.length, message: `Your ${partNames(long, 0)} ran long in ${of(long.length, marked.length)}: get to what you did sooner.` });
    const short = warned('no-result');
    if (short.length) {
      advice.push({ rule: 'no-result', weight: short.length / marked.length, message: `You never reached the ${partNames(short, 3, false)} in ${of(short.length, marked.length)}: end with the outcome, and a figure if you have one.` });
    } else wentWell.push(`You reached the ${partNames(marked, 3, false)} in every answer you marked.`);
  }
  // Each answer's words: with no part marked, its parts found from them, each finding one line naming
  // the answer; with a transcript, what an interviewer hears (signals/), one line a rule (below).
  let fromWords = 0;
  let transcribed = 0;
  const heard = new Map<SignalRule, { message: string; answers: number; ok: number }>();
  for (const { attempt, words, title, labels } of answers) {
    const said = saidInParts(attempt, words);
    const named = (message: string) => (title ? `${title}: ${message}` : message);
    if (!attempt.marks.length && said.split?.verdict === 'parts') {
      fromWords++;
      for (const line of wordAdvice(said.split, labels)) advice.push({ rule: 'from-words', weight: 1 / m, message: named(line) });
    }
    if (!attempt.transcript?.trim()) continue;
    transcribed++;
    for (const { rule, ok, message } of attemptSignals(said, answerSeconds(attempt), attempt.target, labels)) {
      // The length is the clock's (above).
      if (rule === 'length') continue;
      const found = heard.get(rule) ?? { message: '', answers: 0, ok: 0 };
      if (ok) found.ok++;
      else if (!found.answers++) found.message = named(message);
      heard.set(rule, found);
    }
  }
  if (!marked.length && !fromWords && answers.some((answer) => answer.attempt.seconds > 0)) {
    advice.push({ rule: 'unmarked', weight: 0.05, message: 'Press Next part (M) as you move from one part to the next: the report then shows where your time went.' });
  }

  // Key points only from the answers whose key points were checked (ticked, or heard in a transcript).
  const figures = sessionFigures(answers);
  const share = keyPointShare(figures);
  if (share !== undefined) {
    const checked = figures.keyPointsChecked ?? m;
    const said = `${figures.keyPointsSaid} of ${figures.keyPoints} key points (${share}%)${checked < m ? ` in the ${plural(checked, 'answer')} checked` : ''}`;
    if (share < KEY_POINTS_TARGET * 100) advice.push({ rule: 'key-points', weight: (1 - share / 100) * (checked / m), message: `You said ${said}: read them again before your next run.` });
    else wentWell.push(`You said ${said}.`);
  }

  if (figures.wpm !== undefined) {
    const { wpm } = figures;
    if (wpm < PACE_BAND.slow || wpm > PACE_BAND.fast) {
      advice.push({
        rule: 'pace',
        weight: 0.5,
        message: `Your pace was ${wpm} words a minute, ${wpm > PACE_BAND.fast ? 'faster' : 'slower'} than the ${PACE_BAND.slow}–${PACE_BAND.fast} most coaches suggest: ${wpm > PACE_BAND.fast ? 'pause between the parts' : 'keep to the figures and the decisions'}.`,
      });
    } else wentWell.push(`A steady pace: ${wpm} words a minute.`);
    const perMinute = figures.fillersPerMinute ?? 0;
    if (perMinute > FILLERS_LIMIT) {
      // Weighs its rate against four times the limit (8 a minute weigh as much as every answer over time).
      advice.push({ rule: 'fillers', weight: Math.min(1, perMinute / (4 * FILLERS_LIMIT)), message: `${perMinute} filler words a minute: pause instead of filling the silence.` });
    } else wentWell.push(`Few filler words: ${perMinute} a minute.`);
  }

  // What an interviewer hears: the first answer each rule concerns, weighed by the share of the answers with a transcript.
  for (const [rule, { message, answers: n, ok }] of heard) {
    const weight = (n / transcribed) * SIGNAL_WEIGHTS[rule];
    if (n) advice.push({ rule: rule as Advice['rule'], weight, message: n > 1 ? `${message} (And in ${plural(n - 1, 'other answer')}.)` : message });
    else if (ok && rule === 'ownership') wentWell.push('You said what you did yourself, with “I”.');
    else if (ok && rule === 'result-figure') wentWell.push(ok > 1 ? 'Every result you gave had a figure.' : 'Your result had a figure.');
  }

  // The most important first; equal weights keep the order above (time, then structure, then words).
  const workOn = advice
    .map((item, index) => ({ item, index }))
    .sort((a, b) => b.item.weight - a.item.weight || a.index - b.index)
    .slice(0, 3)
    .map(({ item }) => item);
  return { workOn, wentWell };
}

/**
 * The weakest answers first, for "Run again with the weakest 3": by the rating given in the report
 * (Needs work first), then by what went wrong (over time, key points missed), in the order asked.
 */
export function weakestQuestions(answers: readonly (AnswerInput & { question: string; rating?: { rating: string } })[], count: number): string[] {
  // The rating decides (an answer not rated sits between Needs work and Getting there); within a
  // rating, time over and key points missed (each from 0 to 1) make an answer weaker.
  const rank: Record<string, number> = { 'needs-work': 0, 'getting-there': 2, 'nailed-it': 3 };
  const score = (answer: (typeof answers)[number]) => {
    const { keyPoints } = answer.attempt;
    // Key points nobody checked count neither for nor against, like a question without any.
    const said = keyPoints.length && keyPointsFrom(answer.attempt) ? keyPoints.filter(Boolean).length / keyPoints.length : 1;
    return 3 * (answer.rating ? rank[answer.rating.rating]! : 1) + (overtime(answer) > 0 ? 0 : 1) + said;
  };
  const unique = [...new Map(answers.map((answer) => [answer.question, answer])).values()];
  return unique
    .map((answer, index) => ({ answer, index, score: score(answer) }))
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .slice(0, count)
    .map(({ answer }) => answer.question);
}
