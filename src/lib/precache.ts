/**
 * What the service worker keeps on the device: every page, the site's code and styles, the Anki
 * deck, the manifest, and exactly the Pagefind files a search needs (its loader, the English
 * WebAssembly, the index, fragments, filters and meta). Globs are relative to dist/. Not the
 * manifest's PNG icons: no page shows them, and the system keeps its own copy of an installed
 * app's icons (8 KB the offline copy does without).
 * A test compares this with what a search really fetches.
 */
export const PRECACHE_GLOBS = [
  '**/*.html',
  '_astro/**/*.{js,css}',
  'anki.txt',
  'favicon.svg',
  'manifest.webmanifest',
  'pagefind/pagefind.js',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind.*.pf_meta',
  'pagefind/wasm.en.pagefind',
  'pagefind/index/*',
  'pagefind/fragment/*',
  'pagefind/filter/*',
];

/** Never precached: the 404 page is the server's answer, not a page to keep. */
export const PRECACHE_IGNORES = ['404.html'];
