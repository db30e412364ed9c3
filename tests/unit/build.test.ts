import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createQuestion } from '../../src/cli/new-question.ts';
import { copyProject } from '../../src/cli/temp-project.ts';
import { SEED_CONTENT } from './helpers/content-files.ts';

const ROOT = join(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'study-build-'));
const copies: string[] = [];
afterAll(() => {
  for (const dir of [scratch, ...copies]) rmSync(dir, { recursive: true, force: true });
});

/** Vitest puts Vite's own variables in the environment; a child build must not inherit them (BASE_URL would win over `base`). */
const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, NODE_ENV: _n, ...cleanEnv } = process.env;

/** Runs a command with the project's Node first on the PATH; returns its exit code and output. */
function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(command, args, {
    cwd,
    env: { ...cleanEnv, ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const copy = () => {
  const root = copyProject('study-build-copy-', SEED_CONTENT);
  copies.push(root);
  return root;
};

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file));
}

describe('the build', () => {
  it('under a sub-path, every internal URL carries the base', () => {
    const outDir = join(scratch, 'sub-path');
    const { status, output } = run(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], ROOT, {
      BASE_PATH: '/prep/',
    });
    expect(status, output).toBe(0);
    const pages = htmlFiles(outDir);
    expect(pages.length).toBeGreaterThanOrEqual(7);
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      const urls = [...html.matchAll(/\s(?:href|src|action|data-bundle|data-base)="([^"]*)"/g)].map((match) => match[1]!);
      const internal = urls.filter((u) => u.startsWith('/') && !u.startsWith('//'));
      expect(internal.length, page).toBeGreaterThan(0);
      for (const u of internal) expect(u, `${page} links ${u}`).toMatch(/^\/prep\//);
    }
  });

  it('`npm run build` fails on invalid content with the checker’s report: file, line and every field', () => {
    const root = copy();
    const file = join(root, 'content/questions/upward-influence.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^order: 2$/m, 'order: two').replace(/^task: .*\n/m, '').replace('topics: [influence,', 'topics: [charisma,'));
    const { status, output } = run('npm', ['run', 'build'], root);
    expect(status).not.toBe(0);
    expect(output).toContain('content/questions/upward-influence.mdx:4  order: expected a number, found "two"');
    expect(output).toContain('content/questions/upward-influence.mdx  task: expected text, found nothing (the field is missing)');
    expect(output).toMatch(/upward-influence\.mdx:6 {2}topics\.0: expected a topic from the vocabulary .* found "charisma"/);
    expect(output).toContain('1 of 5 entries invalid');
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });

  it('a draft from `npm run new` builds, and stays out of the site', () => {
    const root = copy();
    createQuestion('Handling an Underperformer', join(root, 'content/questions'));
    const { status, output } = run('npm', ['run', 'build'], root);
    expect(status, output).toBe(0);
    expect(output).toContain('handling-an-underperformer.mdx  draft (left out of the site)');
    expect(existsSync(join(root, 'dist/questions/managing-managers/index.html'))).toBe(true);
    expect(existsSync(join(root, 'dist/questions/handling-an-underperformer'))).toBe(false);
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).not.toContain('Handling an Underperformer');
  });

  it('with CONTENT_DIR, `npm run build` checks and builds that folder’s entries, not content/', () => {
    const root = copy();
    // Another folder of content: the seed's, one question left out and one retitled.
    cpSync(join(root, 'content'), join(root, 'other'), { recursive: true });
    rmSync(join(root, 'other/questions/inclusive-culture.mdx'));
    const file = join(root, 'other/questions/upward-influence.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Selling the Cloud Move'));
    const { status, output } = run('npm', ['run', 'build'], root, { CONTENT_DIR: 'other' });
    expect(status, output).toBe(0);
    expect(output).toContain('All 4 entries valid');
    expect(existsSync(join(root, 'dist/questions/inclusive-culture'))).toBe(false);
    expect(readFileSync(join(root, 'dist/questions/upward-influence/index.html'), 'utf8')).toContain('Selling the Cloud Move');
  });
});
