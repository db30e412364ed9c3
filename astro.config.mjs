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
import { pagePolicies } from './src/integrations/page-policies.ts';

// Astro hashes the scripts it bundles; the before-paint script is inlined exactly as written,
// so its hash is computed here from the file: edit the script and the policy follows.
const beforePaint = readFileSync(new URL('./src/scripts/before-paint.js', import.meta.url), 'utf8');
const beforePaintHash = /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(beforePaint).digest('base64')}`);

/** What every page runs: the site-wide custom elements, what they import, and the address of the code loaded on demand. */
const CORE_MODULES = [
  // The layout's own script: with it in the chunk, the chunk is what pages load, with no file in between.
  /\/src\/layouts\/BaseLayout\.astro\?astro&type=script/,
  /\/src\/scripts\/(site|shared\/(key-shortcuts|lazy|theme-toggle)|stories\/stories-loader|offline\/offline-worker)\.ts$/,
  /\/src\/lib\/(storage|shortcuts|json|kept\/(keys|other-tabs|versioned)|stories\/holds-stories)\.ts$/,
  // The addresses of the code loaded on demand and of your own stories' (stories/stories-loader.ts).
  /\/src\/scripts\/(shared\/on-demand|stories\/your-stories)\.ts\?worker&url$/,
];
/**
 * The code loaded on demand, in shared chunks by what each feature needs: the Rehearse panel, the
 * mock interview's room and its report, the past interviews, the progress tools. Paths under src/.
 */
const ON_DEMAND_GROUPS = [
  // The rehearsal store (IndexedDB through idb), its attempt records, and small helpers: for all.
  // The store and the rehearsal groups only where two entries share them: a build with one entry
  // (practice's, see practice-session.ts) stays one file.
  { name: 'store', minShareCount: 2, test: /(node_modules[\\/]idb[\\/]|lib[\\/](json|storage|words|url|rehearsal[\\/](store|attempt|messages))\.ts|scripts[\\/]shared[\\/]dom\.ts)/ },
  // Mock interview records (kept in the store by session-store.ts) and an answer's time limit: the room,
  // its report, the past interviews, the progress tools; with the preferences' keys by name
  // (kept/keys.ts), which the progress tools carry (every other key is inlined where it is used), so
  // that the Rehearse panel's store does not carry them. Not the reading of a stored set-up
  // (setup.ts): the room is handed one, and it travels with session-parse.ts.
  { name: 'sessions', test: /lib[\\/](ratings|kept[\\/]keys|interview[\\/](session|session-store|answer-limit))\.ts/ },
  // Only where two entries share it: practice's answers and rating (a build of their own) stay one file.
  { name: 'progress', minShareCount: 2, test: /lib[\\/]progress\.ts/ },
  // Days, for the study plan: its scheduler's and what works the plan out again share them.
  { name: 'day', test: /lib[\\/]day(-math)?\.ts/ },
  // The study plan's scheduler: FSRS (ts-fsrs) and the plan bent to the interview date.
  { name: 'schedule', test: /(node_modules[\\/]ts-fsrs[\\/]|lib[\\/]plan[\\/](compute|planner|fsrs|schedule)\.ts)/ },
  // A live transcript, the parts' timings, a new attempt's record: the Rehearse panel and the room. The
  // recorder and the recording core (live-attempt.ts, which brings it) are not in it: the panel loads
  // them on the first Record (their own chunk, named for the core), the room on Start.
  // With the address of the code that writes a recording's length into it (recording-length.ts, a
  // build of its own), which the recording core and the players both load.
  { name: 'rehearsal', minShareCount: 2, test: /(scripts[\\/]rehearsal[\\/](can-record|recognition)|lib[\\/](star|shortcuts|speaking-time|rehearsal[\\/](follow-ups|question-data|parts|new-attempt)))\.ts|rehearsal[\\/]recording-length\.ts\?worker&url/ },
  // No group for the analysis (an attempt looked at afterwards: the parts, the transcript's analysis,
  // the parts found from its words, stemmed by `stemmer`, the signals): the module the Rehearse panel
  // imports after its first Stop (scripts/rehearsal/attempt-view.ts) is its chunk, with all it
  // imports that nothing loaded before has, and the report imports it from there. A group would
  // hold the same code, and a namespace object more for the panel's import.
  // The conversation's own questions and the interruptions' rules (issue 37): the room's conversation and the report share them.
  { name: 'conversation', test: /(lib[\\/]conversation[\\/](asked|interruptions)|scripts[\\/]interview[\\/]talk-questions)\.ts/ },
];

/**
 * The ratings kept on this device, how lists show them (and count what there is to practise), and the study plan as kept (what is due):
 * for the pages that show or change them (practice, and the pages with the plan's block).
 */
const PROGRESS_MODULES = /\/src\/(lib\/(progress|ratings|day|words|to-practise|plan\/(schedule|kept))|scripts\/practice\/progress-view)\.ts$/;

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
  // Order matters: each page's policy is narrowed first, and the service worker precaches what Pagefind has written.
  integrations: [mdx(), pagePolicies(), pagefindIndex(), offline()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Every key of the registry (src/lib/kept/keys.ts) written where it is used: a chunk never
      // imports a key from another (by default constants are inlined only inside conditions).
      rolldownOptions: { optimization: { inlineConst: true } },
      // With inlineStylesheets 'auto': the site-wide stylesheet (7 KB) is one file that every page
      // and the offline copy share; a page's own styles (under 6 KB) travel inside its HTML.
      assetsInlineLimit: 3072,
    },
    // Code loaded on demand is one ES module build, split into shared chunks (see src/scripts/shared/lazy.ts).
    worker: {
      format: 'es',
      // Vite builds a worker without its entry's exports (nothing imports them in a real worker); our
      // entry, on-demand.ts, is imported by pages for exactly those exports.
      plugins: () => [{ name: 'keep-entry-exports', options: (options) => ({ ...options, preserveEntrySignatures: 'allow-extension' }) }],
      rolldownOptions: {
        // As for the pages' code (build.rolldownOptions above).
        optimization: { inlineConst: true },
        output: {
          codeSplitting: { groups: ON_DEMAND_GROUPS, includeDependenciesRecursively: false },
          // The worker build kept /* @__PURE__ */ marks in its minified chunks: nothing reads them there.
          comments: false,
        },
      },
    },
    environments: {
      client: {
        build: {
          rollupOptions: {
            output: {
              // Everything every page runs (the site's custom elements and what they import) travels
              // as one file: each extra file costs a request and its own gzip overhead (about a fifth
              // of what it carries, measured), and pages have a 5 KB budget. The address of the code
              // loaded on demand goes with them. Progress (ratings) is not in it: pages that show
              // ratings load it with their own script.
              manualChunks: (id) => (CORE_MODULES.some((module) => module.test(id)) ? 'core' : PROGRESS_MODULES.test(id) ? 'progress' : undefined),
              // A component's script is named for the component and its place in it
              // ("StudyPlan.astro_astro_type_script_index_0_lang"): that name is in every page that runs it
              // and in every import of it, and each copy costs bytes (gzip sees it once per file). Kept short.
              entryFileNames: ({ name }) => `_astro/${name.replace(/\.astro_astro_type_script_index_(\d+)_lang$/, (_, n) => (n === '0' ? '' : `-${n}`))}.[hash].js`,
            },
          },
        },
      },
    },
  },
});
