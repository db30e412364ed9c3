import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/cli/project-root.ts';
import { TOPICS } from '../../src/lib/topics.ts';

// The facts the docs list that the code also knows, held to the code: a list that drifts (a topic
// added, a script missing, a package gone) fails here rather than misleading a newcomer.
const read = (path: string) => readFileSync(join(PROJECT_ROOT, path), 'utf8');
const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string>; dependencies: Record<string, string>; devDependencies: Record<string, string> };
const docs = [
  'README.md',
  ...readdirSync(join(PROJECT_ROOT, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`),
];

/** The first column of every table row in a page, its code spans only. */
const firstColumn = (page: string) => [...read(page).matchAll(/^\| ([^|]+) \|/gm)].flatMap(([, cell]) => [...cell!.matchAll(/`([^`]+)`/g)].map((match) => match[1]!));

describe('the docs agree with the code', () => {
  it('the scripts page lists every npm script, and no page names one that does not exist', () => {
    const listed = new Set(firstColumn('docs/reference/scripts.md').map((command) => /^npm (?:run )?([\w:-]+)/.exec(command)?.[1]));
    expect(Object.keys(pkg.scripts).filter((script) => !listed.has(script))).toEqual([]);
    const named = docs.flatMap((page) => [...read(page).matchAll(/\bnpm run ([\w:-]+)/g)].map((match) => `${page}: npm run ${match[1]}`));
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((mention) => !(mention.split('npm run ')[1]! in pkg.scripts))).toEqual([]);
  });

  it('every path of the project a page names exists', () => {
    // "content/questions/<id>.mdx" and "content/bank/*.yaml" name their folder.
    const paths = docs.flatMap((page) => [...read(page).matchAll(/`((?:src|tests|content|public|docs|\.github|\.ci)\/[^`\s]*)`/g)].map((match) => ({ page, path: match[1]!.replace(/(<|\*).*$/, '') })));
    expect(paths.length).toBeGreaterThan(50);
    // An entry the docs give as an example is the seed's: a fork that wrote its own keeps it in the seed site's content.
    const exists = (path: string) => existsSync(join(PROJECT_ROOT, path)) || (path.startsWith('content/') && existsSync(join(PROJECT_ROOT, 'tests/fixtures/seed', path)));
    expect(paths.filter(({ path }) => !exists(path)).map(({ page, path }) => `${page}: ${path}`)).toEqual([]);
  });

  it('the dependencies page explains every package, and only those', () => {
    const all = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).sort();
    const listed = firstColumn('docs/reference/dependencies.md').sort();
    expect(listed).toEqual(all);
  });

  it('the guide lists every topic of the vocabulary, with its label', () => {
    const rows = [...read('docs/guide/writing-entries.md').matchAll(/^\| `([a-z-]+)` \| ([^|]+) \|$/gm)].map(([, id, label]) => [id, label!.trim()]);
    expect(rows).toEqual(Object.entries(TOPICS));
  });

  it('the reliability page names every key the site keeps in localStorage, and only those', () => {
    const source = (dir: string): string[] =>
      readdirSync(join(PROJECT_ROOT, dir), { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.(ts|js|astro)$/.test(file) && !file.startsWith('cli'))
        .map((file) => readFileSync(join(PROJECT_ROOT, dir, file), 'utf8'));
    const inCode = new Set(source('src').flatMap((code) => [...code.matchAll(/['"`](study:[a-z-]+(?::[a-z0-9-]+)?)['"`]/g)].map((match) => match[1]!)));
    // A value that cannot be read is kept aside under its key and ":unreadable"; the page says so once.
    const kept = [...inCode].filter((key) => !key.endsWith(':unreadable')).sort();
    const page = read('docs/reference/reliability.md');
    const named = [...new Set([...page.matchAll(/`(study:[a-z-]+(?::[a-z0-9-]+)?)`/g)].map((match) => match[1]!))].sort();
    expect(kept.length).toBeGreaterThan(8);
    expect(named).toEqual(kept);
    expect(page).toContain('`:unreadable`');
  });
});
