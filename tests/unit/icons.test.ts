import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { iconShapes, iconSvg } from '../../src/lib/icons.ts';

const lucide = (name: string) => readFileSync(createRequire(import.meta.url).resolve(`lucide-static/icons/${name}.svg`), 'utf8');

describe('icons from Lucide, inlined as SVG', () => {
  it('keeps the shapes of the file, on one line, without the attributes every icon shares', () => {
    const shapes = iconShapes(lucide('mic'));
    expect(shapes).toMatch(/^<path d="[^"]+"\/>/);
    expect(shapes).not.toMatch(/\n|stroke|class=/);
    expect(shapes.match(/<(path|rect|circle|line)\b/g)?.length).toBe(lucide('mic').match(/<(path|rect|circle|line)\b/g)?.length);
  });

  it('hides the icon from screen readers and draws it with the text’s colour (.icon)', () => {
    expect(iconSvg('book')).toMatch(/^<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path /);
  });

  it('refuses what is not an SVG file', () => {
    expect(() => iconShapes('<p>no</p>')).toThrow('Not an SVG file');
  });
});
