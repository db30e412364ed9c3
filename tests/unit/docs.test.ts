import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/cli/project-root.ts';
import { FIGURES_TABLE } from '../../src/cli/figures.ts';

// The README is the front door (short: the two commands, what to do first, the way in); docs/guide/
// is for using the site, docs/reference/ for changing it. Every link between them resolves, on
// GitHub as here; every page says first what it is for; no page but the figures table states a
// measured size or time, and none tells the docs' own history.
const README = join(PROJECT_ROOT, 'README.md');
const DOCS = join(PROJECT_ROOT, 'docs');
const FIGURES = join(PROJECT_ROOT, FIGURES_TABLE);
const pages = readdirSync(DOCS, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.md'))
  .map((name) => join(DOCS, name))
  .sort();
const files = [README, ...pages];
const name = (file: string) => relative(PROJECT_ROOT, file);
const text = (file: string) => readFileSync(file, 'utf8');
/** Prose only: what is inside code fences is not a link, a heading or a paragraph. */
const prose = (file: string) => text(file).replace(/```[\s\S]*?```/g, '');

/** The anchors GitHub gives a file's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function anchors(file: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const [, heading] of prose(file).matchAll(/^#{1,6} (.+)$/gm)) {
    const base = heading!
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\- _]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count ? `${base}-${count}` : base);
  }
  return result;
}

/** Every relative link and picture of a file, as written. */
const links = (file: string) => [...prose(file).matchAll(/\]\(([^)\s]+)\)|\ssrc="([^"]+)"/g)].map((match) => (match[1] ?? match[2])!).filter((href) => !/^[a-z]+:/i.test(href));

/** A size or a time as a figure: "9.8 KB", "1.3 KB", "500 ms", "96 B", "4 MB". */
export const MEASURED_FIGURE = /\b\d+(?:[.,]\d+)?\s?(?:B|KB|kB|MB|GB|ms|bytes|kilobytes|megabytes|milliseconds)\b/g;
/** The docs' own history: the issue that changed something, what a thing used to be. */
export const HISTORY = /\bissues? #?\d+\b|\bused to\b|\buntil issue\b|\bas it always has\b/gi;

describe('the README', () => {
  const lines = text(README).split('\n');

  it('is short, with the two commands first and what to do first on its first screen', () => {
    expect(lines.length).toBeLessThanOrEqual(150);
    const commands = lines.slice(0, 8).join('\n');
    expect(commands).toContain('npm install && npm start');
    expect(commands).toContain('npm test');
    const start = lines.indexOf('## What to do first');
    const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
    expect(start, 'a "## What to do first" section').toBeGreaterThan(0);
    // A laptop shows about 40 lines of the README on GitHub: the whole section is within them.
    expect(end, 'the section ends within the first 40 lines').toBeLessThanOrEqual(40);
    expect(lines.slice(start, end).filter((line) => /^\d+\. /.test(line)).length).toBeGreaterThanOrEqual(4);
  });

  it('links every page of the guide and of the reference', () => {
    const fromReadme = new Set(links(README).map((href) => href.split('#')[0]));
    expect(pages.some((page) => name(page).startsWith('docs/guide/'))).toBe(true);
    expect(pages.some((page) => name(page).startsWith('docs/reference/'))).toBe(true);
    expect(pages.map(name).filter((page) => !fromReadme.has(page))).toEqual([]);
  });
});

describe('docs/', () => {
  it('holds the guide and the reference only', () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.map(name).filter((page) => !/^docs\/(guide|reference)\/[a-z-]+\.md$/.test(page))).toEqual([]);
  });

  it.each(files.map((file) => [name(file), file]))('%s: every relative link and #anchor resolves', (_name, file) => {
    const broken = links(file!).filter((href) => {
      const [path, anchor] = href.split('#') as [string, string | undefined];
      const target = path ? join(dirname(file!), decodeURIComponent(path)) : file!;
      if (!existsSync(target)) return true;
      return anchor !== undefined && target.endsWith('.md') && !anchors(target).has(anchor);
    });
    expect(broken).toEqual([]);
  });

  it.each(pages.map((file) => [name(file), file]))('%s opens with what its reader came for: a paragraph under the title', (_name, file) => {
    const blocks = prose(file!)
      .split(/\n\s*\n/)
      .map((block) => block.trim())
      .filter(Boolean);
    expect(blocks[0]).toMatch(/^# \S/);
    expect(blocks[1], 'the first block after the title').toMatch(/^[A-Z(*"“]/);
    expect(blocks[1]!.replace(/\s+/g, ' ').length).toBeGreaterThanOrEqual(60);
  });

  it.each(files.filter((file) => file !== FIGURES).map((file) => [name(file), file]))(
    '%s states no measured size or time: the figures table holds them',
    (_name, file) => {
      expect(text(file!).match(MEASURED_FIGURE) ?? []).toEqual([]);
    },
  );

  it.each(files.map((file) => [name(file), file]))('%s tells no history: what is, not what was', (_name, file) => {
    expect(text(file!).match(HISTORY) ?? []).toEqual([]);
  });

  it('say nothing twice: no paragraph is in two files', () => {
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const file of files) {
      for (const paragraph of prose(file).split(/\n\s*\n/)) {
        const words = paragraph.replace(/\s+/g, ' ').trim();
        if (words.length < 120 || words.startsWith('<') || words.startsWith('|')) continue;
        const first = owner.get(words);
        if (first && first !== file) twice.push(`${name(file)} repeats ${name(first)}: ${words.slice(0, 60)}…`);
        owner.set(words, first ?? file);
      }
    }
    expect(twice).toEqual([]);
  });

  it('the rules catch what they are for', () => {
    const figures = (line: string) => line.match(MEASURED_FIGURE) ?? [];
    expect(figures('loads on Start (1.3 KB gzip, budget 2 KB)')).toEqual(['1.3 KB', '2 KB']);
    expect(figures('the first query at most 500 ms; +96 B a question; about 3.3 MB a minute')).toEqual(['500 ms', '96 B', '3.3 MB']);
    expect(figures('a 30-second clock, 640x360, 44 px tall, every 5 seconds, Plan B')).toEqual([]);
    expect('The progress tools’ budget was 5 KB when… (issue 27), it used to keep marks'.match(HISTORY)).toEqual(['issue 27', 'used to']);
  });
});
