import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import type { PartWords } from './answer-parts.ts';
import { byOrder } from './order.ts';

export type QuestionEntry = CollectionEntry<'questions'>;

/** Every published question, in round order: drafts stay out of the site. */
export async function getQuestions(): Promise<QuestionEntry[]> {
  return byOrder(await getCollection('questions', ({ data }) => !data.draft));
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

/** The round's introduction (title, description and the mindset as its body). */
export async function getRound() {
  const round = await getEntry('round', 'soft-skills-leadership');
  if (!round) throw new Error('content/round/soft-skills-leadership.md is missing');
  return round;
}
