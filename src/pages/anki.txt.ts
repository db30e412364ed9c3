import type { APIRoute } from 'astro';
import { ankiDeck, escapeHtml } from '../lib/anki.ts';
import { markdownToHtml } from '../lib/markdown-html.ts';
import { getQuestions, getRounds } from '../lib/questions.ts';
import { starParts } from '../lib/star.ts';

/**
 * Every round's questions as Anki notes, generated at build: the question on the front, STAR lines
 * and answer on the back, each note in its round's deck. The guid is `<round-id>/<question-id>`:
 * never change either, or Anki imports the card again as new.
 */
export const GET: APIRoute = async () => {
  const titles = new Map((await getRounds()).map((round) => [round.id, round.data.title]));
  const notes = await Promise.all(
    (await getQuestions()).map(async (entry) => {
      const star = starParts(entry.data)
        .map((part) => `<p><b>${escapeHtml(part.label)}:</b> ${escapeHtml(part.text)}</p>`)
        .join('');
      return {
        guid: `${entry.data.round}/${entry.id}`,
        deck: titles.get(entry.data.round)!,
        front: entry.data.question,
        back: `${star}<hr>${await markdownToHtml(entry.body ?? '')}`,
        tags: entry.data.topics,
      };
    }),
  );
  return new Response(ankiDeck(notes), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
