import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'study-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Vitest puts Vite's own variables in the environment; a child build must not inherit them (BASE_URL would win over `base`). */
const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, NODE_ENV: _n, ...cleanEnv } = process.env;

/** Runs `astro build` with the project's Node; returns its exit code and output. */
function build(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [ASTRO, 'build', ...args], {
    cwd: ROOT,
    env: { ...cleanEnv, ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file));
}

describe('astro build', () => {
  it('under a sub-path, every internal URL carries the base', () => {
    const outDir = join(scratch, 'sub-path');
    const { status, output } = build(['--outDir', outDir], { BASE_PATH: '/prep/' });
    expect(status, output).toBe(0);
    const pages = htmlFiles(outDir);
    expect(pages.length).toBeGreaterThanOrEqual(7);
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      const urls = [...html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map((match) => match[1]!);
      const internal = urls.filter((u) => u.startsWith('/') && !u.startsWith('//'));
      expect(internal.length, page).toBeGreaterThan(0);
      for (const u of internal) expect(u, `${page} links ${u}`).toMatch(/^\/prep\//);
    }
  });

  it('fails on invalid frontmatter, naming the file and the fields', () => {
    // A copy of the project whose content has mistakes; code and packages are linked, not copied.
    const root = join(scratch, 'invalid');
    cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
    for (const name of ['src', 'public', 'node_modules']) symlinkSync(join(ROOT, name), join(root, name));
    for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, name), join(root, name));
    const file = join(root, 'content/questions/upward-influence.mdx');
    const text = readFileSync(file, 'utf8').replace(/^order: 2$/m, 'order: two').replace(/^task: .*\n/m, '');
    writeFileSync(file, text);

    const { status, output } = build(['--root', root]);
    expect(status).not.toBe(0);
    expect(output).toContain('content/questions/upward-influence.mdx');
    expect(output).toMatch(/order.*expected.*number/i);
    expect(output).toContain('task is required');
  });
});
