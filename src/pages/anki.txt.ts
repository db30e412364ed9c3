import type { APIRoute } from 'astro';
import { ankiDeck, escapeHtml } from '../lib/anki.ts';
import { markdownToHtml } from '../lib/markdown-html.ts';
import { getQuestions, getRound } from '../lib/questions.ts';
import { starParts } from '../lib/star.ts';

/** The guid's prefix: never change it, or every card is imported again as new. */
const GUID_PREFIX = 'soft-skills-leadership';

/** An Anki deck of the questions, generated at build: the question on the front, STAR lines and answer on the back. */
export const GET: APIRoute = async () => {
  const round = await getRound();
  const notes = await Promise.all(
    (await getQuestions()).map(async (entry) => {
      const star = starParts(entry.data)
        .map((part) => `<p><b>${escapeHtml(part.label)}:</b> ${escapeHtml(part.text)}</p>`)
        .join('');
      return {
        guid: `${GUID_PREFIX}/${entry.id}`,
        front: entry.data.question,
        back: `${star}<hr>${await markdownToHtml(entry.body ?? '')}`,
        tags: entry.data.topics,
      };
    }),
  );
  return new Response(ankiDeck(round.data.title, notes), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
