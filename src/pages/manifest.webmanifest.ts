import type { APIRoute } from 'astro';
import { appManifest } from '../lib/app-manifest.ts';
import { getRounds } from '../lib/questions.ts';
import { SITE_NAME } from '../lib/site.ts';

/** The web app manifest, written at build with the round's title (the site's name when there are
 * several rounds) and the base path. */
export const GET: APIRoute = async () => {
  const rounds = await getRounds();
  const [name, description] =
    rounds.length === 1 ? [rounds[0]!.data.title, rounds[0]!.data.description] : [SITE_NAME, `${rounds.length} interview rounds with model answers and practice.`];
  return new Response(JSON.stringify(appManifest(name, description), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
};
