// The README's pictures of the product: a few of `npm run shots`' screens, their first screen only,
// as palette PNGs of at most 150 KB each, into docs/screenshots/ (committed; the README shows them).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

export const README_SHOT_LIMIT = 150 * 1024;

/** Which screens, as `npm run shots` names them, and the README file each becomes. */
export const README_SHOTS = [
  { from: 'home-ready-390-light', to: 'home-phone.png', height: 844 },
  { from: 'practice-revealed-390-dark', to: 'practice-phone-dark.png', height: 844 },
  { from: 'story-page-390-light', to: 'story-phone.png', height: 844 },
  { from: 'story-advice-1280-light', to: 'story-editor-laptop.png', height: 800 },
  { from: 'interview-report-words-1280-light', to: 'interview-report-laptop.png', height: 800 },
  { from: 'rehearse-camera-1280-dark', to: 'camera-laptop-dark.png', height: 800 },
] as const;

export async function writeReadmeShots(shots: string, out: string): Promise<string[]> {
  mkdirSync(out, { recursive: true });
  const written: string[] = [];
  for (const { from, to, height } of README_SHOTS) {
    const image = sharp(join(shots, `${from}.png`));
    const { width = 0, height: full = 0 } = await image.metadata();
    const info = await image
      .extract({ left: 0, top: 0, width, height: Math.min(height, full) })
      .png({ palette: true, quality: 85, compressionLevel: 9, effort: 10 })
      .toFile(join(out, to));
    if (info.size > README_SHOT_LIMIT) throw new Error(`${to} is ${(info.size / 1024).toFixed(0)} KB, over ${README_SHOT_LIMIT / 1024} KB`);
    written.push(to);
  }
  return written;
}
