import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp, { type Sharp } from 'sharp';
import { ICONS } from '../../lib/app-manifest.ts';

// The app icons, rasterised at build from the favicon, so they never drift from it.
const SOURCE = new URL('../../../public/favicon.svg', import.meta.url);
/** A maskable icon may be cropped to a circle of 80% of its width: the mark stays inside it. */
const SAFE_ZONE = 0.7;
/** The favicon's own background, which fills a maskable icon to its edges. */
const MASK_BACKGROUND = '#0b5cad';

export const getStaticPaths = (() => ICONS.map((icon) => ({ params: { icon: icon.name }, props: icon }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { size, purpose } = props as (typeof ICONS)[number];
  const svg = await readFile(SOURCE);
  // A few flat colours: a palette PNG is a fifth of the size of a true-colour one.
  const png = (image: Sharp) => image.png({ palette: true, compressionLevel: 9 }).toBuffer();
  const render = (pixels: number) => png(sharp(svg, { density: Math.ceil((72 * pixels) / 32) }).resize(pixels, pixels));
  const icon =
    purpose === 'maskable'
      ? await png(
          sharp({ create: { width: size, height: size, channels: 4, background: MASK_BACKGROUND } }).composite([
            { input: await render(Math.round(size * SAFE_ZONE)), gravity: 'center' },
          ]),
        )
      : await render(size);
  return new Response(new Uint8Array(icon), { headers: { 'Content-Type': 'image/png' } });
};
