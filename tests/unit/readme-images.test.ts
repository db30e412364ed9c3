import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { README_SHOTS, README_SHOT_LIMIT } from '../../src/cli/readme-shots.ts';

const ROOT = join(import.meta.dirname, '../..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const pictures = [...readme.matchAll(/src="(docs\/screenshots\/[^"]+)"/g)].map((match) => match[1]!);

describe('the README shows the product', () => {
  it('every picture it shows exists and is at most 150 KB', () => {
    expect(pictures.length).toBeGreaterThanOrEqual(5);
    for (const picture of pictures) {
      expect(existsSync(join(ROOT, picture)), picture).toBe(true);
      expect(statSync(join(ROOT, picture)).size, picture).toBeLessThanOrEqual(README_SHOT_LIMIT);
    }
  });

  it('shows every picture `npm run shots` makes for it, in its opening section', () => {
    expect(pictures.sort()).toEqual(README_SHOTS.map(({ to }) => `docs/screenshots/${to}`).sort());
    const opening = readme.slice(0, readme.indexOf('\n## ', readme.indexOf('## What it is') + 1));
    for (const picture of pictures) expect(opening).toContain(picture);
  });
});
