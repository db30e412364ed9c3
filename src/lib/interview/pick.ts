import { practiceOrder, shuffle } from '../practice-order.ts';
import type { Progress } from '../progress.ts';
import type { InterviewSetup } from './setup.ts';

/**
 * The questions of a mock interview, in the order they will be asked: those of the chosen round
 * (all rounds for ""), the weakest first as practice orders them (never practised, then the lowest
 * ratings, least recently practised first) or shuffled, then the first 3 or 5 when asked for.
 */
export function pickQuestions<T extends { id: string; round: string }>(
  questions: readonly T[],
  setup: Pick<InterviewSetup, 'round' | 'count' | 'order'>,
  progress: Progress,
  random: () => number = Math.random,
): T[] {
  const inRound = questions.filter((question) => !setup.round || question.round === setup.round);
  const ordered = setup.order === 'shuffled' ? shuffle(inRound, random) : practiceOrder(inRound, progress);
  return setup.count === 'all' ? ordered : ordered.slice(0, Number(setup.count));
}

/**
 * The questions a mock interview asks: exactly those of `only`, in its order ("Run again with the
 * weakest 3"), or else those the set-up picks (the progress read only then).
 */
export function chooseQuestions<T extends { id: string; round: string }>(
  questions: readonly T[],
  setup: Pick<InterviewSetup, 'round' | 'count' | 'order'>,
  only: readonly string[] | undefined,
  progress: () => Progress,
): T[] {
  if (!only) return pickQuestions(questions, setup, progress());
  return only.map((id) => questions.find((question) => question.id === id)).filter((question) => question !== undefined);
}
