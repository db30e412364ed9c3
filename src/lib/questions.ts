import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { PartWords } from './answer-parts.ts';
import { byOrder } from './order.ts';
import { questionsInRounds, type Rounded } from './rounds.ts';

/** A question of the site, its round filled in (see questionsInRounds). */
export type QuestionEntry = CollectionEntry<'questions'> & Rounded;
export type RoundEntry = CollectionEntry<'rounds'>;

async function published() {
  const rounds = byOrder(await getCollection('rounds', ({ data }) => !data.draft));
  const questions = byOrder(await getCollection('questions', ({ data }) => !data.draft));
  return questionsInRounds(rounds, questions);
}

/**
 * The rounds on the site, in the order of the interview loop: published, and with at least one
 * published question (the content checker warns about a round left empty).
 */
export async function getRounds(): Promise<RoundEntry[]> {
  return (await published()).rounds;
}

/** Every published question of a round on the site: round by round, each round in its order. */
export async function getQuestions(): Promise<QuestionEntry[]> {
  return (await published()).questions;
}

/** The questions of one round, in order. */
export function questionsOf<T extends Rounded>(questions: readonly T[], round: string): T[] {
  return questions.filter((question) => question.data.round === round);
}

/** The rendered answer, its speaking time in seconds and its words per STAR part (counted by the
 * remark plugin at build). */
export async function renderQuestion(entry: QuestionEntry) {
  const { Content, remarkPluginFrontmatter } = await render(entry);
  const partWords = (remarkPluginFrontmatter['partWords'] as PartWords | undefined) ?? [0, 0, 0, 0];
  return { Content, seconds: Number(remarkPluginFrontmatter['speakingSeconds'] ?? 0), partWords };
}

/** The answer's speaking time in seconds. */
export async function answerSeconds(entry: QuestionEntry): Promise<number> {
  return (await renderQuestion(entry)).seconds;
}

export type BankEntry = CollectionEntry<'bank'>;

/** The bank of unseen questions, theme by theme (file-name order), each file in its own order. */
export async function getBank(): Promise<BankEntry[]> {
  return (await getCollection('bank')).sort((a, b) => a.data.order - b.data.order);
}
