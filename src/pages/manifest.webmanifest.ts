import type { APIRoute } from 'astro';
import { appManifest } from '../lib/app-manifest.ts';
import { getRound } from '../lib/questions.ts';

/** The web app manifest, written at build with the round's title and the base path. */
export const GET: APIRoute = async () => {
  const { data } = await getRound();
  return new Response(JSON.stringify(appManifest(data.title, data.description), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
};
