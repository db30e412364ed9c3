import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/cli/project-root.ts';

// docs/reference/layout.md is the map of the code: it names every folder under src/ (and the
// folders a newcomer looks for beside it), and names nothing that is gone. A folder added, moved or
// removed without the map fails here.
const LAYOUT = readFileSync(join(PROJECT_ROOT, 'docs/reference/layout.md'), 'utf8');

/** Every folder under `dir`, as a path from the project's root ending in "/". */
const folders = (dir: string): string[] =>
  readdirSync(join(PROJECT_ROOT, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => [`${dir}/${entry.name}/`, ...folders(`${dir}/${entry.name}`)]);

/** The folders the map must name: all of src/, the top of content/ and tests/, and the specs' helpers where there are some. */
const required = [
  ...folders('src'),
  ...readdirSync(join(PROJECT_ROOT, 'content')).map((name) => `content/${name}/`),
  ...readdirSync(join(PROJECT_ROOT, 'tests')).map((name) => `tests/${name}/`),
  ...['tests/e2e/helpers/', 'tests/unit/helpers/', 'public/', 'docs/guide/', 'docs/reference/', 'docs/screenshots/', '.github/workflows/'].filter((path) => existsSync(join(PROJECT_ROOT, path))),
];

/** Every path the map names in code spans: folders ("src/lib/plan/") and files ("src/lib/url.ts"). */
const named = [...LAYOUT.matchAll(/`((?:[\w.@-]+\/)+[\w.@[\]-]*|[\w.-]+\.(?:mjs|ts|js|md|css)|LICENSE)`/g)].map((match) => match[1]!);

describe('the map of the code (docs/reference/layout.md)', () => {
  it('names every folder under src/, and the top folders of content/ and tests/', () => {
    expect(required.length).toBeGreaterThan(40);
    expect(required.filter((folder) => !LAYOUT.includes(`\`${folder}\``))).toEqual([]);
  });

  it('names no path that does not exist', () => {
    // A path given from the folder it sits in ("site.ts" under src/scripts/) is looked for there too.
    const exists = (path: string) => existsSync(join(PROJECT_ROOT, path)) || required.some((folder) => existsSync(join(PROJECT_ROOT, folder, path)));
    expect(named.length).toBeGreaterThan(60);
    expect(named.filter((path) => !exists(path))).toEqual([]);
  });
});
