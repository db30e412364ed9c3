import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { PRECACHE_GLOBS, PRECACHE_IGNORES } from '../lib/precache.ts';
import { formatHeaders, policyOf } from '../lib/headers-file.ts';

/**
 * After Pagefind has written its index: the service worker that keeps the whole site on the device
 * (Workbox's generateSW), and the `_headers` file that Netlify and Cloudflare Pages read.
 */
export function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'study-site:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: outDir,
          globPatterns: PRECACHE_GLOBS,
          globIgnores: PRECACHE_IGNORES,
          swDest: `${outDir}/sw.js`,
          // The precache lists files relative to dist/; the site is served under the base path.
          modifyURLPrefix: { '': base },
          // Astro's hashed assets, and Pagefind's index, fragments and filters (named by a hash of
          // what they hold), never change under the same name: no revision to keep, nor to bust the
          // HTTP cache with.
          dontCacheBustURLsMatching: /\/(_astro|pagefind\/(fragment|index|filter))\//,
          // A revision only has to change when the file does: 12 of the hash's 32 hex digits do that
          // (a 1 in 2^48 chance that an edit keeps them), and the 20 others, which gzip cannot shrink,
          // would be most of what the worker adds for each page.
          manifestTransforms: [async (entries) => ({ manifest: entries.map((entry) => (entry.revision ? { ...entry, revision: entry.revision.slice(0, 12) } : entry)), warnings: [] })],
          // A static site: no query string changes a file. The search page keeps its query in the URL
          // (?q=…&topic=…), and Pagefind asks for pagefind-entry.json?ts=<now>: the precached copy answers.
          ignoreURLParametersMatching: [/./],
          // A new build installs in the background and waits: the page offers "Reload" (no mixed versions).
          skipWaiting: false,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          inlineWorkboxRuntime: true,
          sourcemap: false,
          mode: 'production',
          // Saved pages come from the precache; any other address goes to the network, and to the
          // offline page when there is none.
          runtimeCaching: [
            {
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkOnly',
              // The precache knows the page by its file name.
              options: { precacheFallback: { fallbackURL: `${base}offline/index.html` } },
            },
          ],
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`Service worker precaches ${count} files, ${(size / 1024).toFixed(0)} KB.`);
        await writeFile(`${outDir}/_headers`, await headersFile(outDir, base));
        logger.info('Wrote _headers (content security policy and caching, for Netlify and Cloudflare Pages).');
      },
    },
  };
}

/** Each page's policy, and the files that keep their names from one build to the next. */
async function headersFile(outDir: string, base: string): Promise<string> {
  const files = (await readdir(outDir, { recursive: true })).map((file) => file.split(sep).join('/')).sort();
  const pages = await Promise.all(
    files
      .filter((file) => file.endsWith('.html') && file !== '404.html')
      .map(async (file) => {
        const policy = policyOf(await readFile(join(outDir, file), 'utf8'));
        if (!policy) throw new Error(`${file} carries no content security policy`);
        return { path: file.replace(/(^|\/)index\.html$/, '$1'), policy };
      }),
  );
  const unhashed = files.filter((file) => /^(sw\.js|manifest\.webmanifest|anki\.txt|favicon\.svg|icons\/.+|pagefind\/pagefind(\.js|-entry\.json))$/.test(file));
  return formatHeaders(base, pages, unhashed);
}
