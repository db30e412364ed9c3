import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { policyOf } from '../../src/lib/headers-file.ts';
import { PROJECT_ROOT } from '../../src/cli/project-root.ts';
import { DIST, builtPages } from './helpers/site.ts';

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

test('the web app manifest is linked from every page, parses, and its icons answer with the sizes they claim', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');
  const response = await request.get(href!);
  expect(response.headers()['content-type']).toContain('manifest+json');
  const manifest = (await response.json()) as { name: string; short_name: string; start_url: string; scope: string; display: string; icons: { src: string; sizes: string; purpose: string }[] };
  expect(manifest).toMatchObject({ name: 'Soft Skills & Leadership', short_name: 'Soft Skills', start_url: '/', scope: '/', display: 'standalone' });
  expect(manifest.icons.map((icon) => icon.purpose).sort()).toEqual(['any', 'any', 'maskable']);
  for (const icon of manifest.icons) {
    const image = await request.get(icon.src);
    expect(image.status(), icon.src).toBe(200);
    const { width, height } = pngSize(await image.body());
    expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
  }
  await expect(page.locator('meta[name="theme-color"][media="(prefers-color-scheme: dark)"]')).toHaveAttribute('content', '#15171a');
  for (const path of builtPages()) {
    const html = readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
    expect(html, path).toContain('<link rel="manifest" href="/manifest.webmanifest">');
  }
});

test('_headers sends each page the policy of its own meta tag, framing forbidden, and caches what is hashed', () => {
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  const rules = new Map(
    headers
      .split(/\n\n/)
      .filter((block) => block.startsWith('/'))
      .map((block) => {
        const [path, ...lines] = block.trim().split('\n');
        return [path!, lines.map((line) => line.trim())] as const;
      }),
  );
  const pages = builtPages().filter((path) => path !== '/404.html');
  for (const path of pages) {
    const policy = policyOf(readFileSync(join(DIST, `${path}index.html`), 'utf8'));
    expect(rules.get(path), path).toEqual([`Content-Security-Policy: ${policy}; frame-ancestors 'none'`, 'Cache-Control: no-cache']);
  }
  expect(rules.get('/_astro/*')).toEqual(['Cache-Control: public, max-age=31536000, immutable']);
  expect(rules.get('/sw.js')).toEqual(['Cache-Control: no-cache']);
});

test('the GitHub Pages workflow parses and builds with the project’s Node under the repository’s path', () => {
  const workflow = parse(readFileSync(join(PROJECT_ROOT, '.github/workflows/deploy.yml'), 'utf8')) as {
    permissions: Record<string, string>;
    jobs: Record<string, { steps: { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }[] }>;
  };
  expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  const steps = [...workflow.jobs['build']!.steps, ...workflow.jobs['deploy']!.steps];
  const uses = steps.map((step) => step.uses?.replace(/@.*/, '')).filter(Boolean);
  expect(uses).toEqual(['actions/checkout', 'actions/setup-node', 'actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']);
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  expect(String(steps.find((step) => step.uses?.startsWith('actions/setup-node'))!.with!['node-version'])).toBe(pkg.dependencies['node']);
  expect(steps.map((step) => step.run)).toEqual(expect.arrayContaining(['npm ci', 'npm run build']));
  const build = steps.find((step) => step.run === 'npm run build')!;
  expect(build.env).toEqual({ BASE_PATH: '${{ steps.pages.outputs.base_path }}/', SITE_URL: '${{ steps.pages.outputs.origin }}' });
});
