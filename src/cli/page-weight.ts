import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Raw and gzip bytes, as a compressing host sends them. */
export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  /** The URL path the page is served at, without the base. */
  path: string;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  /** Everything a first visit loads: the HTML (inline CSS and scripts included), linked files and the favicon. */
  total: Bytes;
}

/** Budgets from DEVELOPERS.md, in gzip bytes. */
export const BUDGETS = {
  jsPerPage: 5 * 1024,
  jsSearchPage: 20 * 1024,
  firstVisit: 20 * 1024,
  /**
   * Everything the service worker keeps on the device, and the worker itself (issue "Offline"):
   * 300 KB, 15 KB more for your own stories' page and code (issue 27), and 6 KB more for the
   * analysis of issue 34 ("Feedback you can trust"), code the copy had none of: the signals, the
   * numbers read either way and the parts found by their cues in the Rehearse panel's analysis (its
   * own budget grew by 2.5 KB), the signals again in the story editor's build of its own (about
   * 2 KB: the editor advises by them), and the report's rating and the plan it keeps, in chunks of
   * their own loaded with the first rating; and 10 KB more for the whole conversation (issue 37:
   * your questions' page and starter set, the room's conversation code); and 5.5 KB for recordings that know their length
   * (fix-webm-duration, 4 KB) and practice's rating that moves on (issue 35); and 10 KB more for the way around and the home
   * page's face (issue 36: the More place and the footer's links on every page, the home page's
   * readiness and cards, their code on demand).
   */
  offlineCopy: 346.5 * 1024,
};

/**
 * How the site may grow with its questions (issue 21): the offline copy by 10 KB for each question
 * beyond the seed's five, and practice's first visit by 0.1 KB (a card's title and question).
 */
export const GROWTH = { seedQuestions: 5, offlinePerQuestion: 10 * 1024, practicePerQuestion: 0.1 * 1024 } as const;

/** The offline copy's budget for a site of `questions` questions. */
export const offlineBudget = (questions: number) => BUDGETS.offlineCopy + Math.max(0, questions - GROWTH.seedQuestions) * GROWTH.offlinePerQuestion;

export interface Growth {
  /** Bytes (gzip) the offline copy grew by, per question added. */
  offlinePerQuestion: number;
  /** Bytes (gzip) practice's first visit grew by, per question added. */
  practicePerQuestion: number;
  /** Every budget a site of this size breaks, in words: pages, offline copy, growth. */
  problems: string[];
}

/** A site of more questions (`scaled`) against the same site with its own (`base`), with every budget that applies. */
export function growth(
  base: { questions: number; pages: PageWeight[]; offline: OfflineCopy },
  scaled: { questions: number; pages: PageWeight[]; offline: OfflineCopy },
): Growth {
  const added = Math.max(1, scaled.questions - base.questions);
  const practice = (site: typeof base) => site.pages.find((page) => page.path === '/practice/')!.total.gzip;
  const offlinePerQuestion = (scaled.offline.total.gzip - base.offline.total.gzip) / added;
  const practicePerQuestion = (practice(scaled) - practice(base)) / added;
  const problems = scaled.pages.flatMap((page) => overBudget(page).map((problem) => `${page.path}: ${problem}`));
  if (scaled.offline.total.gzip > offlineBudget(scaled.questions)) problems.push(`offline copy ${scaled.offline.total.gzip} B gzip > ${offlineBudget(scaled.questions)} B for ${scaled.questions} questions`);
  if (practicePerQuestion > GROWTH.practicePerQuestion) problems.push(`practice grows by ${practicePerQuestion.toFixed(0)} B a question > ${GROWTH.practicePerQuestion} B`);
  return { offlinePerQuestion, practicePerQuestion, problems };
}

/**
 * Code loaded on demand (src/scripts/shared/lazy.ts, src/scripts/shared/on-demand.ts), by the name of its built
 * chunk, with its own budget: what the browser fetches at that moment, so the list of modules on
 * demand and the shared chunks count, and what was loaded just before (`after`) does not.
 */
export interface LazyBudget {
  chunk: string;
  /** When it loads, in words. */
  when: string;
  budget: number;
  /** Chunks always loaded before this one: their files are not fetched again. */
  after?: string[];
  /** A build of its own (`?worker&url` imported by a page), not reached through the list of modules on demand. */
  own?: boolean;
}

export const LAZY_BUDGETS: LazyBudget[] = [
  { chunk: 'recorder-element', when: 'the Rehearse panel, on its first opening', budget: 10 * 1024 },
  // The recorder with the recording core it shares with the room (live-attempt.ts, issue 33): one file.
  // 1 KB until issue 35: on Stop it loads the code that writes the recording's length into it.
  { chunk: 'live-attempt', when: 'the recorder and the recording core, on the Rehearse panel’s first Record (the room has them on Start)', budget: 1.1 * 1024, after: ['recorder-element'] },
  // fix-webm-duration (CommonJS, so a build of its own: its helpers stay in it).
  { chunk: 'recording-length', when: 'a recording’s length written into it, on Stop; or a recording kept without one, as it plays (issue 35)', budget: 4.25 * 1024, own: true },
  { chunk: 'camera', when: 'the camera, when “Record with my camera” is switched on (issue 29)', budget: 2 * 1024 },
  // The analysis: an attempt looked at afterwards (attempt-view.ts) with all it imports. 4 KB until
  // issue 30 joined it with the parts found from the words (2.5 KB with `stemmer`) and the reader of
  // a model answer's page for their texts; 7.5 KB until issue 34 ("Feedback you can trust") added
  // the signals, numbers read either way and the parts found by their cues.
  // 10 KB (issue 34), and a quarter more for what issues 35 and 37 put in every attempt's view: the
  // player that mends a recording kept without its length, and the short version's rules on demand.
  { chunk: 'attempt-view', when: 'the Rehearse panel’s analysis, on its first Stop', budget: 10.25 * 1024, after: ['recorder-element'] },
  // 14 KB (issue 37), and a fifth of a KB more: the recording's length written in on Stop (issue 35) and the
  // conversation's hooks (issue 37) together came to 58 B over it.
  { chunk: 'room', when: 'the mock interview, on Start', budget: 14.2 * 1024 },
  // 8 KB until issue 30: the analysis it shares grew by the parts found from the words; 11 KB until
  // issue 34 ("Feedback you can trust"): the analysis grew by the signals.
  // Issue 37: the opening, the short versions, the interruptions and your questions, on Start only when the set-up switches one on.
  { chunk: 'talk', when: 'the conversation around a mock interview’s questions, on Start when the set-up switches some of it on', budget: 3 * 1024, after: ['room'] },
  // 14 KB (issue 34), and half a KB more: the report as a document (issue 36) and the attempt's view
  // above; the conversation's own lines load only with a session that has them (issue 37).
  { chunk: 'report', when: 'the mock interview’s report, at its end', budget: 14.5 * 1024, after: ['room'] },
  { chunk: 'history', when: 'the past interviews, once /interview/ has loaded', budget: 8 * 1024 },
  // 8 KB until they carried your own stories (issue 27) in exports and links.
  { chunk: 'progress-tools', when: 'the progress tools, on their first click', budget: 8.5 * 1024 },
  { chunk: 'send-progress', when: '“Send to another device”, from the progress tools', budget: 6 * 1024, after: ['progress-tools'] },
  { chunk: 'offline-status', when: 'the offline copy’s registration, once any page has loaded', budget: 1.25 * 1024, own: true },
  { chunk: 'replan', when: 'the study plan worked out again (FSRS), with the first rating', budget: 10 * 1024 },
  { chunk: 'plan-controls', when: 'the interview date’s form, on its first opening', budget: 1.5 * 1024 },
  { chunk: 'calendar', when: 'the calendar file, on its first download', budget: 7 * 1024, after: ['plan-controls', 'replan'] },
  { chunk: 'practice-timer', when: 'the practice timer, on its first start', budget: 1 * 1024 },
  // 8 KB until an import could bring your own stories (issue 27; their merging loads only with some).
  { chunk: 'take-progress', when: 'an import (a link or a file), on Import', budget: 8.5 * 1024 },
  { chunk: 'bank-interview', when: 'unseen questions from the bank for a mock interview, on Start', budget: 2 * 1024, after: ['room'] },
  // Until issue 33 with the ratings shared with other tabs (reveal-and-rate), which now come with the value every tab shares (shared-value).
  // 1.5 KB until issue 35 brought the card's rating with them: the moment that shows it kept, Undo, the next card.
  { chunk: 'practice-answer', when: 'practice’s answers (from their pages) and a card’s rating, on the first Reveal', budget: 2 * 1024, own: true },
  // 6.5 KB, and a quarter more: the one count (issue 35), the home page's stories and gaps (issue 36), the opening's kind (issue 37).
  { chunk: 'your-stories', when: 'your stories’ code, on pages where the device holds some (issue 27)', budget: 6.75 * 1024, own: true },
  { chunk: 'story-editor', when: 'the editor of your stories, on New story, Edit or the first step into its form (issue 27)', budget: 20 * 1024, own: true },
  { chunk: 'other-orders', when: 'practice’s other orders (weakest first, shuffled), when one is chosen', budget: 0.5 * 1024, own: true },
  // Issue 36: what the home page fills in from this device, never on a first visit: where a date is
  // set or an answer rated. Each answer's recall on the day is worked out by the scheduler's module
  // (replan, above), the last mock interview read by the past interviews' (history, above).
  { chunk: 'home-figures', when: 'the home page’s figures from this device, where a date is set or an answer rated (issue 36)', budget: 2.5 * 1024, own: true },
  // Issue 33: every small value kept through the value every tab shares, loaded with its first change.
  { chunk: 'shared-value', when: 'the value every tab shares, with the first change of the ratings, the study plan’s settings or the mock interview’s set-up', budget: 1 * 1024 },
];

/** The chunk that holds FSRS (ts-fsrs) and the plan's rules: at most 8 KB gzip on its own. */
export const SCHEDULER = { chunk: 'schedule', budget: 8 * 1024 } as const;

/** One built chunk on its own (not what it imports), by name. */
export function weighChunk(dist: string, chunk: string): Bytes {
  const file = readdirSync(join(dist, '_astro')).find((asset) => new RegExp(`^${chunk}-[\\w-]{8}\\.js$`).test(asset));
  if (!file) throw new Error(`No built chunk "${chunk}" in ${dist}/_astro`);
  return size(readFileSync(join(dist, '_astro', file)));
}

const size = (text: string | Buffer): Bytes => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text).byteLength });
const add = (...all: Bytes[]): Bytes => all.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });

/** Every HTML page under `dist`, as its served path. */
export function htmlPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${relative(dist, join(dist, file)).split(sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

/** Reads an asset by its URL, dropping the deploy base. */
function readAsset(dist: string, base: string, url: string): Buffer | undefined {
  const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
  const file = join(dist, path.split(/[?#]/)[0]!);
  return existsSync(file) ? readFileSync(file) : undefined;
}

/** A module and every module it imports statically (what the browser fetches before running it), by URL. */
function moduleFiles(dist: string, base: string, url: string, files: Map<string, Bytes>): void {
  if (files.has(url)) return;
  const code = readAsset(dist, base, url);
  if (!code) return;
  files.set(url, size(code));
  for (const [, spec] of code.toString().matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) moduleFiles(dist, base, new URL(spec!, `http://x${url}`).pathname, files);
}

/** Every file a module reaches, by static and dynamic imports. */
function reachable(dist: string, base: string, url: string, seen = new Set<string>()): Set<string> {
  const code = seen.has(url) ? undefined : readAsset(dist, base, url);
  if (!code) return seen;
  seen.add(url);
  for (const [, spec] of code.toString().matchAll(/(?:import\s*\(?|from)\s*["'`]([^"'`]+\.js)["'`]/g)) reachable(dist, base, new URL(spec!, `http://x${url}`).pathname, seen);
  return seen;
}

/** Weighs one built page: its HTML, inline and linked CSS, inline and module JavaScript, and favicon. */
export function weighPage(dist: string, path: string, base = '/'): PageWeight {
  const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
  const html = readFileSync(file, 'utf8');
  // Inline code is weighed on its own for the CSS and JS columns, but travels inside the HTML.
  const css: Bytes[] = [];
  const js: Bytes[] = [];
  const linked: Bytes[] = [];
  const link = (href: string, into: Bytes[]) => {
    const asset = readAsset(dist, base, href);
    if (!asset) return;
    into.push(size(asset));
    linked.push(size(asset));
  };
  for (const [, body] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) css.push(size(body!));
  for (const [, href] of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) link(href!, css);
  const modules = new Map<string, Bytes>();
  for (const [, attrs, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/type="application\/(ld\+)?json"/.test(attrs!)) continue;
    const src = /src="([^"]+)"/.exec(attrs!)?.[1];
    if (src) moduleFiles(dist, base, src, modules);
    else {
      js.push(size(body!));
      for (const [, spec] of body!.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) moduleFiles(dist, base, spec!, modules);
    }
  }
  js.push(...modules.values());
  linked.push(...modules.values());
  for (const [, href] of html.matchAll(/<link[^>]*rel="icon"[^>]*href="([^"]+)"/g)) link(href!, []);
  return { path, html: size(html), css: add(...css), js: add(...js), total: add(size(html), ...linked) };
}

export interface LazyWeight extends LazyBudget {
  /** The files fetched, first the list of modules on demand (unless already loaded). */
  files: string[];
  js: Bytes;
}

/** Each chunk loaded on demand as built, with the chunks it imports, against its budget. */
export function weighLazy(dist: string, base = '/'): LazyWeight[] {
  const assets = readdirSync(join(dist, '_astro'));
  // A build of its own may hold a chunk of the same name: the one the list of modules on demand
  // reaches is meant.
  let reached: Set<string> | undefined;
  const fileOf = (chunk: string) => {
    const files = assets.filter((asset) => new RegExp(`^${chunk}-[\\w-]{8}\\.js$`).test(asset)).map((file) => `${base}_astro/${file}`);
    if (!files.length) throw new Error(`No built chunk "${chunk}" in ${dist}/_astro`);
    return files.find((file) => files.length === 1 || reached?.has(file)) ?? files[0]!;
  };
  const entry = fileOf('on-demand');
  reached = reachable(dist, base, entry);
  const graph = (chunk: string, own = false) => {
    const files = new Map<string, Bytes>();
    for (const url of own ? [fileOf(chunk)] : [entry, fileOf(chunk)]) moduleFiles(dist, base, url, files);
    return files;
  };
  return LAZY_BUDGETS.map((budget) => {
    const loaded = new Set((budget.after ?? []).flatMap((chunk) => [...graph(chunk).keys()]));
    const fetched = [...graph(budget.chunk, budget.own)].filter(([url]) => !loaded.has(url));
    return { ...budget, files: fetched.map(([url]) => url.split('/').pop()!), js: add(...fetched.map(([, bytes]) => bytes)) };
  });
}

/** The JavaScript budget of a page: the search page may load more before the first keystroke. */
export function jsBudget(path: string): number {
  return path === '/search/' ? BUDGETS.jsSearchPage : BUDGETS.jsPerPage;
}

/** Where this page breaks a budget, in words; empty when it keeps them all. */
export function overBudget(weight: PageWeight): string[] {
  const problems: string[] = [];
  if (weight.js.gzip > jsBudget(weight.path)) problems.push(`JavaScript ${weight.js.gzip} B gzip > ${jsBudget(weight.path)} B`);
  if (weight.total.gzip > BUDGETS.firstVisit) problems.push(`first visit ${weight.total.gzip} B gzip > ${BUDGETS.firstVisit} B`);
  return problems;
}

export interface OfflineCopy {
  /** Each precached file, heaviest first, with the service worker itself. */
  files: { url: string; bytes: Bytes }[];
  total: Bytes;
}

/** The offline copy as a visitor's browser downloads it: the worker and every file it precaches. */
export function weighOfflineCopy(dist: string, base = '/'): OfflineCopy {
  const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...worker.matchAll(/url:"([^"]+)"/g)].map((match) => match[1]!);
  if (urls.length === 0) throw new Error(`${dist}/sw.js lists no precached files`);
  const files = [`${base}sw.js`, ...urls].map((url) => {
    const file = readAsset(dist, base, url);
    if (!file) throw new Error(`The service worker precaches ${url}, which is not in ${dist}`);
    return { url, bytes: size(file) };
  });
  files.sort((a, b) => b.bytes.gzip - a.bytes.gzip);
  return { files, total: add(...files.map((file) => file.bytes)) };
}
