// The colour tokens' contrast in both themes (WCAG 2.2): read from src/styles/tokens.css, so a
// token changed to a colour that fails is caught before any page is built.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(join(import.meta.dirname, '../../src/styles/tokens.css'), 'utf8');
const tokens = Object.fromEntries([...css.matchAll(/--color-([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)].map(([, name, light, dark]) => [name!, { light: light!, dark: dark! }]));

/** Relative luminance of an sRGB colour (WCAG 2.2). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

// [foreground, background, minimum]: 7 for body text (AAA), 4.5 for other text (AA), 3 for what is not text.
const PAIRS: [string, string, number][] = [
  ['text', 'bg', 7],
  ['text', 'surface', 7],
  ['text', 'surface-2', 7],
  ['text', 'warn-soft', 7],
  ['text', 'accent-soft', 7],
  ['text', 'mark', 7],
  ['muted', 'bg', 4.5],
  ['muted', 'surface', 4.5],
  ['muted', 'surface-2', 4.5],
  ['accent', 'surface-2', 4.5],
  ['good', 'bg', 4.5],
  ['good', 'surface', 4.5],
  ['good', 'surface-2', 4.5],
  ['warn', 'surface', 4.5],
  ['accent', 'bg', 4.5],
  ['accent', 'surface', 4.5],
  ['accent', 'accent-soft', 4.5],
  ['warn', 'bg', 4.5],
  ['warn', 'warn-soft', 4.5],
  ['over', 'bg', 4.5],
  ['over', 'over-soft', 4.5],
  // A primary button: the page's background colour on the accent.
  ['bg', 'accent', 4.5],
  // Focus rings and the accent's bars and outlines against what they sit on.
  ['focus', 'bg', 3],
  ['focus', 'surface', 3],
  ['accent', 'border', 1],
];

describe('colour tokens', () => {
  it('are all read, in both themes', () => {
    expect(Object.keys(tokens)).toEqual(expect.arrayContaining(['bg', 'surface', 'text', 'muted', 'accent', 'focus', 'warn', 'over']));
  });

  for (const theme of ['light', 'dark'] as const) {
    it.each(PAIRS)(`${theme}: %s on %s at least %d:1`, (fore, back, minimum) => {
      expect(contrast(tokens[fore]![theme], tokens[back]![theme])).toBeGreaterThanOrEqual(minimum);
    });
  }
});
