// `npm run bench`: builds the site, weighs every page against the budgets, measures layout shift and
// search speed in Chromium (skip with `--no-browser`), and with
// `--lighthouse` runs Lighthouse (mobile, median of 3) on the main pages.
// A benchmark, not a test: it reports figures; it exits 1 when a byte budget is broken. What it
// measured goes to docs/reference/figures.json, and the table made from it (figures.ts).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BUDGETS, GROWTH, SCHEDULER, growth, jsBudget, offlineBudget, overBudget, weighChunk, weighLazy, type Bytes } from './page-weight.ts';
import { LAYOUT_SHIFT_BUDGET, LIGHTHOUSE_BUDGET, PRINTED_PAGES_BUDGET, REVEAL_BUDGET_MS, SCALE_BUILD_BUDGET_S, SEARCH_BUDGET } from './bench-budgets.ts';
import { FIGURES_TABLE, recordFigures, today, type Figures } from './figures.ts';
import { README_SHOTS } from './readme-shots.ts';
import { PROJECT_ROOT } from './project-root.ts';
import { PRACTICE_KEY, PROGRESS_KEY } from '../lib/kept/keys.ts';
import { measureLayoutShift } from './layout-shift.ts';
import { FIRST_VISIT_BUDGET, measureFirstVisit } from './first-visit.ts';
import { withBuiltSite } from './with-site.ts';
import { runLighthouse } from './lighthouse.ts';
import { measureSearch } from './search-timing.ts';
import { measureReveal } from './reveal-timing.ts';
import { printCheatSheet } from './print-pdf.ts';
import { measureScale, weighSite } from './scale.ts';
import { runBuild } from './run-build.ts';

const { values: options } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    lighthouse: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    entries: { type: 'string' },
  },
});

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (options.entries !== undefined) {
  // Scale mode: a temporary copy with generated entries; the project itself is left as it is.
  const count = Number(options.entries);
  console.log(`Scale: ${count} generated entries (the project's own, every word changed per copy) over three rounds, in a temporary copy of the project`);
  const scale = await measureScale(count);
  const { base, scaled } = scale;
  console.log(`  build of the project's own ${base.questions} questions: ${scale.baseSeconds.toFixed(2)} s (warm cache)`);
  const buildOk = scale.scaledSeconds <= SCALE_BUILD_BUDGET_S;
  console.log(`  ${buildOk ? 'PASS' : 'FAIL'} build of ${scaled.questions} questions:        ${scale.scaledSeconds.toFixed(2)} s (budget ${SCALE_BUILD_BUDGET_S} s)`);
  console.log(`  Pagefind index: ${(scale.index.bytes / 1024).toFixed(0)} KB in ${scale.index.files} files`);
  const found = scale.firstResult === scale.expectedTitle;
  console.log(`  ${found ? 'PASS' : 'FAIL'} search for "${scale.searchWord}" (in one entry only): ${scale.searchMs.toFixed(0)} ms, first result "${scale.firstResult}"`);
  // Every page at this size: its first visit and first-load JavaScript, and the same page with the project's own questions.
  console.log(`\n  ${'page'.padEnd(40)} ${'first visit'.padStart(12)} ${`(${base.questions} q.)`.padStart(10)} ${'JS'.padStart(8)}`);
  const before = new Map(base.pages.map((page) => [page.path, page]));
  for (const page of scaled.pages) {
    const mark = overBudget(page).length ? 'FAIL' : 'PASS';
    const was = before.get(page.path);
    console.log(`  ${mark} ${page.path.padEnd(35)} ${kb(page.total.gzip).padStart(12)} ${(was ? kb(was.total.gzip) : 'new').padStart(10)} ${kb(page.js.gzip).padStart(8)}`);
  }
  const grown = growth(base, scaled);
  console.log(`\n  Offline copy: ${kb(base.offline.total.gzip)} with ${base.questions} questions, ${kb(scaled.offline.total.gzip)} with ${scaled.questions} (budget ${kb(offlineBudget(scaled.questions))}): ${kb(grown.offlinePerQuestion)} per question (budget ${kb(GROWTH.offlinePerQuestion)})`);
  console.log(`  Practice, first visit: ${grown.practicePerQuestion.toFixed(0)} B per question (budget ${GROWTH.practicePerQuestion} B)`);
  for (const problem of grown.problems) console.log(`  FAIL ${problem}`);
  const pageFigures = (pages: typeof base.pages) => pages.map((page) => ({ path: page.path, js: page.js.gzip, total: page.total.gzip }));
  recordFigures({
    scale: {
      measured: today(),
      questions: { base: base.questions, scaled: scaled.questions },
      firstVisit: { base: pageFigures(base.pages), scaled: pageFigures(scaled.pages) },
      offline: { base: base.offline.total.gzip, scaled: scaled.offline.total.gzip },
      buildSeconds: { base: scale.baseSeconds, scaled: scale.scaledSeconds },
      index: scale.index,
      searchMs: scale.searchMs,
    },
  });
  console.log(`\n  Recorded in ${FIGURES_TABLE}`);
  const ok = buildOk && found && grown.problems.length === 0;
  console.log(ok ? '\nEvery budget kept at this size.' : '\nSome budgets broken at this size (FAIL above).');
  process.exit(ok ? 0 : 1);
}

const DIST = join(PROJECT_ROOT, 'dist');
const pair = ({ raw, gzip }: Bytes) => `${kb(raw).padStart(8)} ${kb(gzip).padStart(8)}`;

if (!options['no-build']) {
  console.log(`Build time (content check + astro build + Pagefind): ${runBuild().toFixed(2)} s\n`);
}

// Every page and the offline copy, as the scale mode weighs them.
const { pages: weights, offline, questions: questionCount } = weighSite(DIST);
console.log(`${'page'.padEnd(34)} ${'HTML raw/gzip'.padStart(17)} ${'CSS raw/gzip'.padStart(17)} ${'JS raw/gzip'.padStart(17)} ${'total gzip'.padStart(10)}`);
for (const w of weights) {
  console.log(`${w.path.padEnd(34)} ${pair(w.html)} ${pair(w.css)} ${pair(w.js)} ${kb(w.total.gzip).padStart(10)}`);
}

const heaviest = weights.reduce((a, b) => (b.total.gzip > a.total.gzip ? b : a));
const mostJs = weights.reduce((a, b) => (b.js.gzip > a.js.gzip ? b : a));
console.log(`\nHeaviest first visit: ${heaviest.path} ${kb(heaviest.total.gzip)} gzip (budget ${kb(BUDGETS.firstVisit)})`);
console.log(`Most JavaScript: ${mostJs.path} ${kb(mostJs.js.gzip)} gzip, ${mostJs.js.gzip} B (budget ${kb(jsBudget(mostJs.path))})`);

const lazy = weighLazy(DIST);
console.log('\nCode loaded on demand, after a page has loaded (gzip, what is fetched at that moment):');
for (const chunk of lazy) {
  console.log(`  ${chunk.js.gzip <= chunk.budget ? 'PASS' : 'FAIL'} ${chunk.when}: ${kb(chunk.js.gzip)}, ${chunk.js.gzip} B (budget ${kb(chunk.budget)}; ${chunk.files.join(' + ')})`);
}

console.log(`\nOffline copy (the service worker and what it precaches): ${offline.files.length} files, ${kb(offline.total.raw)} raw, ${kb(offline.total.gzip)} gzip`);
console.log(`  ${offline.total.gzip <= offlineBudget(questionCount) ? 'PASS' : 'FAIL'} at most ${kb(offlineBudget(questionCount))} gzip for ${questionCount} questions (${kb(BUDGETS.offlineCopy)}, and ${kb(GROWTH.offlinePerQuestion)} for each beyond ${GROWTH.seedQuestions})`);
const questionPages = offline.files.filter((file) => /\/questions\/[^/]+\/index\.html$/.test(file.url));
console.log(`  per question: its page ${kb(questionPages.reduce((sum, file) => sum + file.bytes.gzip, 0) / Math.max(1, questionPages.length))} on average; what each added question costs in all (its page, search, the lists): npm run bench -- --entries 35`);
for (const file of offline.files) console.log(`  ${kb(file.bytes.gzip).padStart(8)}  ${file.url}`);

const schedule = weighChunk(DIST, SCHEDULER.chunk).gzip;
console.log(`  ${schedule <= SCHEDULER.budget ? 'PASS' : 'FAIL'} FSRS and the plan's rules on their own (${SCHEDULER.chunk}): ${kb(schedule)}, ${schedule} B (budget ${kb(SCHEDULER.budget)})`);

const pictures = README_SHOTS.map(({ to }) => ({ file: `docs/screenshots/${to}`, bytes: statSync(join(PROJECT_ROOT, 'docs/screenshots', to)).size }));
const figures: Figures = {
  site: {
    measured: today(),
    questions: questionCount,
    pages: weights.map((w) => ({ path: w.path, js: w.js.gzip, total: w.total.gzip })),
    lazy: Object.fromEntries(lazy.map((chunk) => [chunk.chunk, chunk.js.gzip])),
    schedule,
    offline: { bytes: offline.total.gzip, files: offline.files.length, questionPage: questionPages.reduce((sum, file) => sum + file.bytes.gzip, 0) / Math.max(1, questionPages.length) },
    picture: pictures.reduce((a, b) => (b.bytes > a.bytes ? b : a)),
  },
};

const failures = weights.flatMap((w) => overBudget(w).map((problem) => `${w.path}: ${problem}`));
if (offline.total.gzip > offlineBudget(questionCount)) failures.push(`offline copy ${offline.total.gzip} B gzip > ${offlineBudget(questionCount)} B`);
failures.push(...lazy.filter((chunk) => chunk.js.gzip > chunk.budget).map((chunk) => `${chunk.chunk}: ${chunk.js.gzip} B gzip > ${chunk.budget} B`));
if (schedule > SCHEDULER.budget) failures.push(`${SCHEDULER.chunk}: ${schedule} B gzip > ${SCHEDULER.budget} B`);
console.log(failures.length ? `\nFAIL byte budgets:\n  ${failures.join('\n  ')}` : `\nPASS byte budgets: all ${weights.length} pages`);

if (!options['no-browser']) {
  // Progress and practice mode change what the first paint shows: measure with and without them.
  const states = {
    'fresh visitor': {},
    'practice mode, rated': {
      [PRACTICE_KEY]: 'on',
      [PROGRESS_KEY]: JSON.stringify({ version: 1, questions: { 'managing-managers': { rating: 'needs-work', at: new Date().toISOString() } } }),
    },
  };
  // A first visit in a browser: everything each page fetches before it is idle, code loaded once it has loaded included.
  const visits = await withBuiltSite(4330, async (browser, origin) => {
    const all = [];
    for (const w of weights) all.push(await measureFirstVisit(browser, origin, w.path));
    return all;
  });
  const overVisit = visits.filter((visit) => visit.total > FIRST_VISIT_BUDGET.total || visit.js > FIRST_VISIT_BUDGET.js);
  const biggest = visits.reduce((a, b) => (b.total > a.total ? b : a));
  const mostVisitJs = visits.reduce((a, b) => (b.js > a.js ? b : a));
  console.log(`\nFirst visit in Chromium, everything fetched before the page is idle (gzip; budget ${kb(FIRST_VISIT_BUDGET.total)}, of it ${kb(FIRST_VISIT_BUDGET.js)} of JavaScript):`);
  for (const visit of visits) console.log(`  ${visit.path.padEnd(34)} ${kb(visit.total).padStart(9)} ${kb(visit.js).padStart(9)} JS  (${visit.files.length} files)`);
  console.log(`  heaviest ${biggest.path} ${kb(biggest.total)}; most JavaScript ${mostVisitJs.path} ${kb(mostVisitJs.js)}`);
  console.log(overVisit.length ? `FAIL first visit:\n  ${overVisit.map((visit) => `${visit.path}: ${visit.total} B, ${visit.js} B JS`).join('\n  ')}` : 'PASS first visit on every page');
  if (overVisit.length) failures.push('first visit');

  const shifts = await measureLayoutShift(weights.map((w) => w.path), states);
  const worst = shifts.reduce((a, b) => (b.cls > a.cls ? b : a));
  const shifting = shifts.filter((s) => s.cls > LAYOUT_SHIFT_BUDGET);
  console.log(`\nLayout shift (CLS) on load, Chromium at 412x823, ${shifts.length} loads: worst ${worst.cls.toFixed(4)} (${worst.path}, ${worst.storage})`);
  console.log(shifting.length ? `FAIL CLS ${LAYOUT_SHIFT_BUDGET}:\n  ${shifting.map((s) => `${s.path} (${s.storage}): ${s.cls.toFixed(4)}`).join('\n  ')}` : `PASS CLS ${LAYOUT_SHIFT_BUDGET} on every page`);
  if (shifting.length) failures.push('layout shift');

  const search = await measureSearch(5);
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  console.log('\nSearch (headless Chromium, median of 5; bytes as gzip):');
  const first = (ms: number, bytes: number) => verdict(ms <= SEARCH_BUDGET.firstQueryMs && bytes <= SEARCH_BUDGET.firstQueryBytes);
  const firstBudget = `budget ${SEARCH_BUDGET.firstQueryMs} ms, ${kb(SEARCH_BUDGET.firstQueryBytes)}`;
  console.log(`  ${first(search.coldQueryMs, search.coldQueryBytes)} first query, typed on a loaded page: ${search.coldQueryMs.toFixed(0)} ms, ${kb(search.coldQueryBytes)} (${firstBudget})`);
  console.log(`  ${first(search.sharedLinkMs, search.sharedLinkBytes)} shared /search/?q= link, from navigation: ${search.sharedLinkMs.toFixed(0)} ms, ${kb(search.sharedLinkBytes)} (${firstBudget})`);
  console.log(`  ${verdict(search.laterQueryMs <= SEARCH_BUDGET.laterQueryMs)} later queries: ${search.laterQueryMs.toFixed(0)} ms (budget ${SEARCH_BUDGET.laterQueryMs} ms)`);

  const reveal = await measureReveal(5);
  console.log('\nPractice’s Reveal, the answer fetched from its question page (the worker’s copy; median of 5):');
  const revealVerdict = (ms: number) => `${verdict(ms <= REVEAL_BUDGET_MS)}`;
  console.log(`  ${revealVerdict(reveal.firstMs)} first Reveal on the page (its code and the answer): ${reveal.firstMs.toFixed(0)} ms (budget ${REVEAL_BUDGET_MS} ms)`);
  console.log(`  ${revealVerdict(reveal.laterMs)} a later card: ${reveal.laterMs.toFixed(0)} ms (budget ${REVEAL_BUDGET_MS} ms)`);
  console.log(`  ${revealVerdict(reveal.offlineMs)} with no network: ${reveal.offlineMs.toFixed(0)} ms (budget ${REVEAL_BUDGET_MS} ms)`);

  const sheet = weights.find((w) => w.path === '/cheat-sheet/');
  const printed = await printCheatSheet(4325, ['A4', 'Letter']);
  console.log(`\nCheat sheet: ${sheet ? `${kb(sheet.html.gzip)} HTML gzip, ${kb(sheet.total.gzip)} first visit; ` : ''}printed ${printed.map((p) => `${p.format} ${p.pages} pages`).join(', ')}`);
  console.log(`  ${verdict(printed.every((p) => p.pages <= PRINTED_PAGES_BUDGET))} at most ${PRINTED_PAGES_BUDGET} pages in print`);

  figures.browser = {
    measured: today(),
    firstVisits: visits.map((visit) => ({ path: visit.path, js: visit.js, total: visit.total })),
    layoutShift: { worst: worst.cls, path: worst.path },
    search,
    reveal,
    printed: printed.map(({ format, pages }) => ({ format, pages })),
  };
}

if (options.lighthouse) {
  const runs = Number(options.runs);
  console.log(`\nLighthouse (mobile, median of ${runs} runs):`);
  // The story page is its shell on a fresh profile (the stories live on a device; Lighthouse's has none).
  const results = await runLighthouse(['/', '/questions/managing-managers/', '/practice/', '/practice/which-story/', '/bank/', '/interview/', '/stories/', '/stories/?id=mine-example', '/search/', '/topics/', '/cheat-sheet/', '/import/'], runs);
  for (const { path, scores } of results) {
    const line = Object.entries(scores).map(([category, score]) => `${category} ${score}`).join(', ');
    const pass = Object.values(scores).every((score) => score >= LIGHTHOUSE_BUDGET);
    console.log(`  ${pass ? 'PASS' : 'FAIL'} ${path}: ${line}`);
  }
  figures.lighthouse = { measured: today(), runs, pages: results.map(({ path, scores }) => ({ path, scores })) };
}

recordFigures(figures);
console.log(`\nRecorded in ${FIGURES_TABLE}`);
process.exitCode = failures.length ? 1 : 0;
