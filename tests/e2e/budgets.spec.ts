import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { BUDGETS, SCHEDULER, offlineBudget, overBudget, weighChunk, weighLazy, weighOfflineCopy, weighPage } from '../../src/cli/page-weight.ts';
import { DIST, builtPages, fileOf, questionPages } from './helpers/site.ts';

// Byte budgets are deterministic, so they are tests; times are measured by `npm run bench`.
test('every page keeps the JavaScript and first-visit byte budgets (gzip)', () => {
  const weights = builtPages().map((path) => weighPage(DIST, path));
  expect(weights.length).toBeGreaterThan(5);
  expect(weights.flatMap((w) => overBudget(w).map((problem) => `${w.path}: ${problem}`))).toEqual([]);
  // The weighing itself must see the page: the theme toggle's script and the inline CSS.
  for (const w of weights) {
    expect(w.js.gzip, w.path).toBeGreaterThan(100);
    expect(w.css.gzip, w.path).toBeGreaterThan(1000);
    expect(w.total.gzip).toBeLessThanOrEqual(BUDGETS.firstVisit);
  }
});

test('code loaded on demand keeps its own budget (gzip): what is fetched at that moment, shared chunks included', () => {
  const lazy = weighLazy(DIST);
  expect(lazy.map((chunk) => [chunk.chunk, chunk.budget / 1024])).toEqual([
    ['recorder-element', 10],
    ['live-attempt', 1.1],
    ['recording-length', 4.25],
    ['camera', 2],
    ['attempt-view', 10.25],
    ['room', 14.2],
    ['talk', 3],
    ['report', 14.5],
    ['history', 8],
    ['progress-tools', 8.5],
    ['send-progress', 6],
    ['offline-status', 1.25],
    ['replan', 10],
    ['plan-controls', 1.5],
    ['calendar', 7],
    ['practice-timer', 1],
    ['take-progress', 8.5],
    ['bank-interview', 2],
    ['practice-answer', 2],
    ['your-stories', 6.75],
    ['story-editor', 20],
    ['other-orders', 0.5],
    ['home-figures', 2.5],
    ['shared-value', 1],
  ]);
  for (const chunk of lazy) {
    // The weighing sees the chunk and what it shares: the Rehearse panel, the room and the tools share the store.
    expect(chunk.js.gzip, chunk.chunk).toBeGreaterThan(chunk.own ? 200 : 500);
    expect(chunk.js.gzip, `${chunk.when} (${chunk.files.join(' + ')})`).toBeLessThanOrEqual(chunk.budget);
  }
  const files = Object.fromEntries(lazy.map((chunk) => [chunk.chunk, chunk.files.map((file) => file.replace(/-[\w-]{8}\.js$/, ''))]));
  // One store, one recorder (with the recording core) and one analysis: the room and the Rehearse panel fetch the same files.
  expect(files['room']).toEqual(expect.arrayContaining(['on-demand', 'room', 'store', 'rehearsal', 'live-attempt']));
  // The camera's code brings nothing else: no store, no recorder (the one recorder is the room's and the panel's).
  expect(files['camera']).toEqual(['on-demand', 'camera']);
  expect(files['recorder-element']).toEqual(expect.arrayContaining(['on-demand', 'recorder-element', 'store', 'rehearsal']));
  expect(files['report']).toEqual(expect.arrayContaining(['report', 'attempt-view']));
  expect(files['report']).not.toContain('store');
  // The first rating fetches FSRS with the plan's rules, never the rehearsal store; so does the calendar, only the calendar.
  expect(files['replan']).toEqual(expect.arrayContaining(['replan', 'schedule']));
  expect(files['replan']).not.toContain('store');
  expect(files['calendar']).toEqual(['calendar']);
  // Practice's answers (and its other orders) come in small files of their own: no list of modules,
  // no store; so does the offline copy's registration, which every page loads. So does the code that
  // writes a recording's length: fix-webm-duration's CommonJS helpers stay in it, not in a chunk the
  // analysis would fetch too.
  expect(files['practice-answer']).toEqual(['practice-answer']);
  expect(files['recording-length']).toEqual(['recording-length']);
  expect(files['attempt-view']).not.toContain('rolldown-runtime');
  expect(files['other-orders']).toEqual(['other-orders']);
  // The value every tab shares comes alone, with no storage code: the page that loads it has that.
  expect(files['shared-value']).toEqual(['on-demand', 'shared-value']);
  expect(files['offline-status']).toEqual(['offline-status']);
  // Your stories' code is a build of its own; the editor brings that build and the pronoun count, no store.
  // With the conversation's names (your opening's, src/lib/conversation/asked.ts), which its build shares with the editor.
  expect(files['your-stories']).toEqual(['your-stories', 'conversation']);
  expect(files['story-editor']).toEqual(expect.arrayContaining(['story-editor', 'your-stories']));
  expect(files['story-editor']).not.toContain('store');
  // Unseen questions for the room bring no second store: the room has it.
  expect(files['bank-interview']).not.toContain('store');
});

test('FSRS’s chunk (ts-fsrs and the plan’s rules) is at most 8 KB gzip, and on no page’s first load', () => {
  expect(weighChunk(DIST, SCHEDULER.chunk).gzip).toBeGreaterThan(6 * 1024);
  expect(weighChunk(DIST, SCHEDULER.chunk).gzip).toBeLessThanOrEqual(SCHEDULER.budget);
  for (const path of builtPages()) {
    const html = readFileSync(fileOf(path), 'utf8');
    expect(html, path).not.toMatch(/schedule-[\w-]{8}\.js/);
  }
});

test('the whole offline copy (the worker and all it precaches) stays within 346.5 KB gzip with five questions (300 KB, 15 KB for your own stories, 6 KB for the analysis and its signals, 5.5 KB for recordings that know their length and ratings that move on, 10 KB for the whole conversation, 10 KB for the home page’s face), and 10 KB more for each question beyond', () => {
  const copy = weighOfflineCopy(DIST);
  const questions = questionPages().length;
  expect(questions).toBeGreaterThan(0);
  // Every page and the search index: the offline copy holds the questions' pages.
  expect(copy.files.length).toBeGreaterThan(questions + 25);
  expect(copy.files.map((file) => file.url)).toEqual(expect.arrayContaining(['/sw.js', '/', '/pagefind/wasm.en.pagefind'].map((url) => (url === '/' ? '/index.html' : url))));
  expect(copy.files.map((file) => file.url)).toEqual(expect.arrayContaining(questionPages().map((path) => `${path}index.html`)));
  expect(copy.total.gzip).toBeLessThanOrEqual(offlineBudget(questions));
});
