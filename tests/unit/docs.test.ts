import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/cli/project-root.ts';

// The README is the front door (short: what the site is, the two commands, the way in); docs/ is the
// manual. Every link between them resolves, on GitHub as here.
const README = join(PROJECT_ROOT, 'README.md');
const DOCS = join(PROJECT_ROOT, 'docs');
const files = [README, ...readdirSync(DOCS).filter((name) => name.endsWith('.md')).map((name) => join(DOCS, name))];
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

describe('the README and docs/', () => {
  it('keep the README short: what the site is and the two commands on its first screen', () => {
    const readme = text(README);
    expect(readme.split('\n').length).toBeLessThanOrEqual(150);
    const firstScreen = readme.split('\n').slice(0, 8).join('\n');
    expect(firstScreen).toContain('npm install && npm start');
    expect(firstScreen).toContain('npm test');
  });

  it('link every page of docs/ from the README', () => {
    const fromReadme = new Set(links(README).map((href) => href.split('#')[0]));
    const pages = files.filter((file) => file !== README).map((file) => relative(PROJECT_ROOT, file));
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.filter((page) => !fromReadme.has(page))).toEqual([]);
  });

  it.each(files.map((file) => [relative(PROJECT_ROOT, file), file]))('%s: every relative link and #anchor resolves', (_name, file) => {
    const broken = links(file!).filter((href) => {
      const [path, anchor] = href.split('#') as [string, string | undefined];
      const target = path ? join(dirname(file!), decodeURIComponent(path)) : file!;
      if (!existsSync(target)) return true;
      return anchor !== undefined && target.endsWith('.md') && !anchors(target).has(anchor);
    });
    expect(broken).toEqual([]);
  });

  it('say nothing twice: no paragraph is in two files', () => {
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const file of files) {
      for (const paragraph of prose(file).split(/\n\s*\n/)) {
        const words = paragraph.replace(/\s+/g, ' ').trim();
        if (words.length < 120 || words.startsWith('<') || words.startsWith('|')) continue;
        const first = owner.get(words);
        if (first && first !== file) twice.push(`${relative(PROJECT_ROOT, file)} repeats ${relative(PROJECT_ROOT, first)}: ${words.slice(0, 60)}…`);
        owner.set(words, first ?? file);
      }
    }
    expect(twice).toEqual([]);
  });
});
