// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkSpeakingTime } from './src/lib/remark-speaking-time.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { offline } from './src/integrations/offline.ts';

// Astro hashes the scripts it bundles; the before-paint script is inlined exactly as written,
// so its hash is computed here from the file: edit the script and the policy follows.
const beforePaint = readFileSync(new URL('./src/scripts/before-paint.js', import.meta.url), 'utf8');
const beforePaintHash = /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(beforePaint).digest('base64')}`);

export default defineConfig({
  // Set SITE_URL (for canonical links) and BASE_PATH (to deploy under a sub-path, e.g. /prep/).
  ...(process.env.SITE_URL && { site: process.env.SITE_URL }),
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // Scoped styles mark elements with a class, shorter than Astro's default data attribute: pages carry many.
  scopedStyleStrategy: 'class',
  build: {
    // Small pages: inlined CSS saves a render-blocking request on every first visit.
    inlineStylesheets: 'auto',
  },
  security: {
    // A content security policy on every page, in a <meta> tag: no inline script runs unless hashed.
    csp: {
      // Recordings play back from blob: URLs made on the device.
      directives: ["default-src 'self'", "img-src 'self' data:", "media-src 'self' blob:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      // Pagefind compiles its WebAssembly search engine, which needs 'wasm-unsafe-eval'.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [beforePaintHash] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    // The answers hold no code; Shiki's inline styles would also clash with the CSP.
    syntaxHighlight: false,
    // Sätteri (the default) runs no remark plugins; these answers need GFM and our speaking time.
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm, remarkSpeakingTime] }),
  },
  // Order matters: the service worker precaches what Pagefind has written.
  integrations: [mdx(), pagefindIndex(), offline()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      // With inlineStylesheets 'auto': the site-wide stylesheet (7 KB) is one file that every page
      // and the offline copy share; a page's own styles (under 6 KB) travel inside its HTML.
      assetsInlineLimit: 6 * 1024,
    },
    // Code loaded on demand is built as self-contained ES modules (see src/scripts/lazy.ts).
    worker: { format: 'es' },
    environments: {
      client: {
        build: {
          rollupOptions: {
            output: {
              // Everything every page runs (the site's custom elements and what they import) travels
              // as one file: each extra file costs a request and its own gzip overhead (about a fifth
              // of what it carries, measured), and pages have a 5 KB budget.
              // The progress tools' address goes with them: two pages load those tools on a click.
              manualChunks: (id) =>
                /\/src\/(scripts\/(site|search-shortcut|progress-view|lazy|elements\/(theme-toggle|site-search|study-progress|rehearse-panel|offline-status))|lib\/(storage|preferences|shortcuts|progress))\.ts$/.test(id) ||
                /\/src\/scripts\/progress-tools\.ts\?worker&url$/.test(id)
                  ? 'core'
                  : undefined,
            },
          },
        },
      },
    },
  },
});
