// `npm run figures`: docs/reference/figures.md, the one table of the site's budgets and the last
// figures measured against them. The budgets are read from the code that enforces them; the figures
// from docs/reference/figures.json, which `npm run bench` writes (and then this table). Prose elsewhere
// links here instead of typing a figure that drifts; tests/unit/docs-figures.test.ts holds the table
// to the code and to the data.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIO_BITS, LOW_SPACE_BYTES, VIDEO_BITS } from '../lib/rehearsal/media.ts';
import { LAYOUT_SHIFT_BUDGET, LIGHTHOUSE_BUDGET, PRINTED_PAGES_BUDGET, REVEAL_BUDGET_MS, SCALE_BUILD_BUDGET_S, SEARCH_BUDGET } from './bench-budgets.ts';
import { EVAL_THRESHOLDS, SIGNAL_NAMES, type EvalFigures, type EvalScores } from './eval-scores.ts';
import { FIRST_VISIT_BUDGET } from './first-visit.ts';
import { BUDGETS, GROWTH, LAZY_BUDGETS, SCHEDULER } from './page-weight.ts';
import { PROJECT_ROOT } from './project-root.ts';
import { README_SHOT_LIMIT } from './readme-shots.ts';

export const FIGURES_DATA = 'docs/reference/figures.json';
export const FIGURES_TABLE = 'docs/reference/figures.md';

/** A page's bytes (gzip). */
export interface PageFigure {
  path: string;
  js: number;
  total: number;
}

/** What `npm run bench` measured, by the run that measures it; each part dated, and kept until measured again. */
export interface Figures {
  /** Weighed from the build (`npm run bench`, also with `--no-browser`). */
  site?: {
    measured: string;
    questions: number;
    pages: PageFigure[];
    /** Code on demand, by chunk: what the browser fetches at that moment. */
    lazy: Record<string, number>;
    schedule: number;
    offline: { bytes: number; files: number; questionPage: number };
    /** The heaviest of the README's pictures. */
    picture: { file: string; bytes: number };
  };
  /** Measured in Chromium (`npm run bench`, without `--no-browser`). */
  browser?: {
    measured: string;
    firstVisits: PageFigure[];
    layoutShift: { worst: number; path: string };
    search: { coldQueryMs: number; coldQueryBytes: number; sharedLinkMs: number; sharedLinkBytes: number; laterQueryMs: number };
    reveal: { firstMs: number; laterMs: number; offlineMs: number };
    printed: { format: string; pages: number }[];
  };
  /** A copy of the project with generated entries (`npm run bench -- --entries N`). */
  scale?: {
    measured: string;
    questions: { base: number; scaled: number };
    firstVisit: { base: PageFigure[]; scaled: PageFigure[] };
    offline: { base: number; scaled: number };
    buildSeconds: { base: number; scaled: number };
    index: { bytes: number; files: number };
    searchMs: number;
  };
  /** `npm run bench -- --lighthouse`: the median score per category. */
  lighthouse?: { measured: string; runs: number; pages: { path: string; scores: Record<string, number> }[] };
  /** The analysis against the labelled set (`npm run eval`): the dev split, the test split and all. */
  eval?: { measured: string } & EvalFigures;
}

type Unit = 'bytes' | 'ms' | 's' | 'pages' | 'score' | 'shift';

interface Row {
  what: string;
  /** The constant that holds the budget, as the code names it. */
  code: string;
  budget: number;
  unit: Unit;
  measured?: number | undefined;
  /** Where it was measured: a page, a file. */
  where?: string | undefined;
  /** A limit the site acts on, not a budget anything is measured against. */
  setting?: boolean;
}

const kb = (bytes: number) => (Math.abs(bytes) < 1000 ? `${Math.round(bytes)} B` : `${(bytes / 1024).toFixed(2)} KB`);
const trim = (n: number) => String(Number(n.toFixed(2)));

/** A budget as written in the table: whole units where it has them, so a test can read it back. */
function budgetText(value: number, unit: Unit): string {
  if (unit === 'bytes') return value >= 1024 * 1024 && value % (1024 * 1024) === 0 ? `${value / (1024 * 1024)} MB` : `${trim(value / 1024)} KB`;
  return { ms: `${value} ms`, s: `${value} s`, pages: `${value} pages`, score: `${value}`, shift: `${value}` }[unit];
}

function measuredText(value: number, unit: Unit): string {
  return { bytes: kb(value), ms: `${Math.round(value)} ms`, s: `${value.toFixed(1)} s`, pages: `${value} pages`, score: `${value}`, shift: value.toFixed(4) }[unit];
}

/** What is left under the budget (over it when negative); a score is better higher. */
function roomText({ budget, unit, measured }: Row): string {
  if (measured === undefined) return '';
  if (unit === 'bytes') return `${Math.round(budget - measured)} B`;
  if (unit === 'score') return measured >= budget ? 'kept' : `${measured - budget}`;
  if (unit === 'shift') return measured <= budget ? 'kept' : 'broken';
  return measuredText(budget - measured, unit);
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

function table(rows: Row[], limit = 'budget'): string {
  const lines = [`| what | set in | ${limit} | last measured | room |`, '| --- | --- | --- | --- | ---: |'];
  for (const row of rows) {
    const measured = row.setting ? '' : row.measured === undefined ? 'not measured' : `${measuredText(row.measured, row.unit)}${row.where ? ` (${row.where})` : ''}`;
    lines.push(`| ${cell(row.what)} | \`${row.code}\` | ${budgetText(row.budget, row.unit)} | ${cell(measured)} | ${roomText(row)} |`);
  }
  return lines.join('\n');
}

/** The page that weighs most by `key`, if any were measured. */
function heaviest(pages: PageFigure[] | undefined, key: 'js' | 'total', filter = (_page: PageFigure) => true): { measured?: number; where?: string } {
  const candidates = (pages ?? []).filter(filter);
  if (!candidates.length) return {};
  const top = candidates.reduce((a, b) => (b[key] > a[key] ? b : a));
  return { measured: top[key], where: `\`${top.path}\`` };
}

/** When a part was measured, or the command that measures it. */
const measuredBy = (part: { measured: string } | undefined, how: string) => (part ? `last measured on ${part.measured} by \`${how}\`` : `not measured yet: run \`${how}\``);
const sentence = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}.`;

/** Chunk descriptions carry the issue that added them; the table says what, not when. */
const plain = (text: string) => text.replace(/\s*\(issue \d+[^)]*\)/g, '');

const perQuestion = (scale: Figures['scale'], of: (side: 'base' | 'scaled') => number | undefined) => {
  if (!scale) return undefined;
  const [base, scaled] = [of('base'), of('scaled')];
  return base === undefined || scaled === undefined ? undefined : (scaled - base) / Math.max(1, scale.questions.scaled - scale.questions.base);
};

/** The analysis's figures against the labelled set, by split, with the thresholds the unit test holds. */
function evalSection(figures: Figures['eval']): string[] {
  const splits = ['dev', 'test', 'all'] as const;
  const percent = (value: number) => `${Math.round(value * 100)}%`;
  const row = (what: string, value: (scores: EvalScores) => string, threshold: string) =>
    `| ${what} | ${threshold} | ${figures ? splits.map((split) => value(figures[split])).join(' | ') : ' | | '} |`;
  const { partsError, piecesRight, precision, recall } = EVAL_THRESHOLDS;
  return [
    '## The analysis, measured',
    '',
    `The Rehearse panel's analysis against the labelled answers in \`tests/fixtures/eval/\` (\`src/cli/eval.ts\`; \`tests/unit/eval.test.ts\` holds the whole set to the thresholds; [Rehearse aloud](../guide/rehearse.md) says how each is measured). ${sentence(measuredBy(figures, 'npm run eval'))}`,
    '',
    '| figure | threshold (all) | dev | test | all |',
    '| --- | --- | ---: | ---: | ---: |',
    row('answers', (s) => String(s.answers), ''),
    row('parts: mean error, in points of share', (s) => s.partsError.toFixed(1), `at most ${partsError}`),
    row('parts: pieces placed right', (s) => percent(s.piecesRight), `at least ${percent(piecesRight)}`),
    row('key points: precision', (s) => s.keyPoints.precision.toFixed(2), `at least ${precision}`),
    row('key points: recall', (s) => s.keyPoints.recall.toFixed(2), `at least ${recall}`),
    ...SIGNAL_NAMES.flatMap((name) => [
      row(`${name}: precision`, (s) => s.signals[name].precision.toFixed(2), `at least ${precision}`),
      row(`${name}: recall`, (s) => s.signals[name].recall.toFixed(2), `at least ${recall}`),
    ]),
    '',
  ];
}

/** The whole page, from the code's budgets and the measured figures. */
export function renderFigures(figures: Figures): string {
  const { site, browser, scale, lighthouse } = figures;
  const practice = (side: 'base' | 'scaled') => scale?.firstVisit[side].find((page) => page.path === '/practice/')?.total;
  const lowest = lighthouse?.pages.flatMap(({ path, scores }) => Object.entries(scores).map(([category, score]) => ({ path, category, score }))).reduce((a, b) => (b.score < a.score ? b : a));
  const out: string[] = [];
  out.push(
    '# Budgets and the last measured figures',
    '',
    'Every budget the site keeps, the constant in the code that holds it, and the last figure measured against it, with the room left. Sizes are gzip, as a compressing host sends them; times are from the machine that ran the bench. Other pages link here rather than repeat a figure: [Performance](performance.md) says how each is measured and enforced, [Scaling](scaling.md) how they grow with the questions.',
    '',
    '<!-- Made by `npm run figures` from the budgets in the code and figures.json (which `npm run bench` writes): edit those, not this. -->',
    '',
    '## Pages on their first load',
    '',
    `Weighed from the build by \`npm run bench\` and \`tests/e2e/budgets.spec.ts\` (\`src/cli/page-weight.ts\`); a first visit in Chromium by \`tests/e2e/first-visit.spec.ts\` (\`src/cli/first-visit.ts\`). ${sentence(measuredBy(site, 'npm run bench'))}`,
    '',
    table([
      { what: 'JavaScript a page loads first, every page but search', code: 'BUDGETS.jsPerPage', budget: BUDGETS.jsPerPage, unit: 'bytes', ...heaviest(site?.pages, 'js', (page) => page.path !== '/search/') },
      { what: 'JavaScript the search page loads before the first keystroke', code: 'BUDGETS.jsSearchPage', budget: BUDGETS.jsSearchPage, unit: 'bytes', ...heaviest(site?.pages, 'js', (page) => page.path === '/search/') },
      { what: 'a first visit, weighed from the build: the HTML, its styles and scripts, the icon', code: 'BUDGETS.firstVisit', budget: BUDGETS.firstVisit, unit: 'bytes', ...heaviest(site?.pages, 'total') },
      { what: 'a first visit in Chromium: everything fetched before the page is idle', code: 'FIRST_VISIT_BUDGET.total', budget: FIRST_VISIT_BUDGET.total, unit: 'bytes', ...heaviest(browser?.firstVisits, 'total') },
      { what: 'of it, JavaScript', code: 'FIRST_VISIT_BUDGET.js', budget: FIRST_VISIT_BUDGET.js, unit: 'bytes', ...heaviest(browser?.firstVisits, 'js') },
    ]),
    '',
    '## Code loaded on demand',
    '',
    `What the browser fetches at that moment, leaving out what was always loaded just before (\`LAZY_BUDGETS\` and \`SCHEDULER\` in \`src/cli/page-weight.ts\`; \`tests/e2e/budgets.spec.ts\`). ${sentence(measuredBy(site, 'npm run bench'))}`,
    '',
    table([
      ...LAZY_BUDGETS.map((chunk): Row => ({ what: plain(chunk.when), code: `LAZY_BUDGETS.${chunk.chunk}`, budget: chunk.budget, unit: 'bytes', measured: site?.lazy[chunk.chunk] })),
      { what: `FSRS and the plan’s rules, the \`${SCHEDULER.chunk}\` chunk on its own`, code: 'SCHEDULER.budget', budget: SCHEDULER.budget, unit: 'bytes', measured: site?.schedule },
    ]),
    '',
    '## The offline copy, and growing with the questions',
    '',
    `The service worker and everything it precaches, for the seed's ${GROWTH.seedQuestions} questions (\`tests/e2e/budgets.spec.ts\`; ${measuredBy(site, 'npm run bench')}); what each question beyond them may add, and the build of many (\`tests/e2e/scale.spec.ts\`; ${measuredBy(scale, 'npm run bench -- --entries 35')}).`,
    '',
    table([
      { what: `the offline copy with ${site?.questions ?? GROWTH.seedQuestions} questions`, code: 'BUDGETS.offlineCopy', budget: BUDGETS.offlineCopy, unit: 'bytes', measured: site?.offline.bytes, where: site && `${site.offline.files} files` },
      { what: 'the offline copy, for each question added', code: 'GROWTH.offlinePerQuestion', budget: GROWTH.offlinePerQuestion, unit: 'bytes', measured: perQuestion(scale, (side) => scale?.offline[side]) },
      { what: 'practice’s first visit, for each question added', code: 'GROWTH.practicePerQuestion', budget: GROWTH.practicePerQuestion, unit: 'bytes', measured: perQuestion(scale, practice) },
      { what: `the build with ${scale?.questions.scaled ?? 'many'} questions, warm cache`, code: 'SCALE_BUILD_BUDGET_S', budget: SCALE_BUILD_BUDGET_S, unit: 's', measured: scale?.buildSeconds.scaled },
    ]),
    '',
  );
  if (scale) {
    const top = (side: 'base' | 'scaled') => heaviest(scale.firstVisit[side], 'total');
    const pair = (what: string, base: string, scaled: string) => `| ${what} | ${base} | ${scaled} |`;
    out.push(
      `| with the generated entries | ${scale.questions.base} questions | ${scale.questions.scaled} questions |`,
      '| --- | --- | --- |',
      pair('`/practice/` first visit, weighed from the build', kb(practice('base') ?? 0), kb(practice('scaled') ?? 0)),
      pair('heaviest first visit', `${kb(top('base').measured ?? 0)} (${top('base').where})`, `${kb(top('scaled').measured ?? 0)} (${top('scaled').where})`),
      pair('offline copy', kb(scale.offline.base), kb(scale.offline.scaled)),
      pair('build, warm cache', measuredText(scale.buildSeconds.base, 's'), measuredText(scale.buildSeconds.scaled, 's')),
      pair('search index', '', `${kb(scale.index.bytes)} in ${scale.index.files} files`),
      pair('a search for a word in one entry only, Pagefind warm', '', measuredText(scale.searchMs, 'ms')),
      '',
    );
  }
  if (site) out.push(`A question's own page in the offline copy: ${kb(site.offline.questionPage)} on average.`, '');
  out.push(
    '## Times, and what a browser shows',
    '',
    `Measured only, never a test: a shared machine's timings vary (\`src/cli/bench-budgets.ts\`; medians of several runs). ${sentence(measuredBy(browser, 'npm run bench'))} Lighthouse: ${measuredBy(lighthouse, 'npm run bench -- --lighthouse')}.`,
    '',
    table([
      { what: 'search: the first query typed on a loaded page', code: 'SEARCH_BUDGET.firstQueryMs', budget: SEARCH_BUDGET.firstQueryMs, unit: 'ms', measured: browser?.search.coldQueryMs },
      { what: 'search: what that first query fetches', code: 'SEARCH_BUDGET.firstQueryBytes', budget: SEARCH_BUDGET.firstQueryBytes, unit: 'bytes', measured: browser?.search.coldQueryBytes },
      { what: 'search: a shared `/search/?q=` link, from navigation to results', code: 'SEARCH_BUDGET.firstQueryMs', budget: SEARCH_BUDGET.firstQueryMs, unit: 'ms', measured: browser?.search.sharedLinkMs },
      { what: 'search: what that link fetches', code: 'SEARCH_BUDGET.firstQueryBytes', budget: SEARCH_BUDGET.firstQueryBytes, unit: 'bytes', measured: browser?.search.sharedLinkBytes },
      { what: 'search: later queries', code: 'SEARCH_BUDGET.laterQueryMs', budget: SEARCH_BUDGET.laterQueryMs, unit: 'ms', measured: browser?.search.laterQueryMs },
      { what: 'practice’s first Reveal on the page (its code and the answer)', code: 'REVEAL_BUDGET_MS', budget: REVEAL_BUDGET_MS, unit: 'ms', measured: browser?.reveal.firstMs },
      { what: 'practice’s Reveal on a later card', code: 'REVEAL_BUDGET_MS', budget: REVEAL_BUDGET_MS, unit: 'ms', measured: browser?.reveal.laterMs },
      { what: 'practice’s Reveal with no network', code: 'REVEAL_BUDGET_MS', budget: REVEAL_BUDGET_MS, unit: 'ms', measured: browser?.reveal.offlineMs },
      { what: 'layout shift on load, the worst page, with and without stored progress', code: 'LAYOUT_SHIFT_BUDGET', budget: LAYOUT_SHIFT_BUDGET, unit: 'shift', measured: browser?.layoutShift.worst, where: browser && `\`${browser.layoutShift.path}\`` },
      ...(browser?.printed.length ? browser.printed : [{ format: 'A4', pages: undefined }]).map(
        ({ format, pages }): Row => ({ what: `the cheat sheet printed on ${format}`, code: 'PRINTED_PAGES_BUDGET', budget: PRINTED_PAGES_BUDGET, unit: 'pages', measured: pages }),
      ),
      { what: `Lighthouse on mobile, the lowest score of any page and category${lighthouse ? ` (median of ${lighthouse.runs})` : ''}`, code: 'LIGHTHOUSE_BUDGET', budget: LIGHTHOUSE_BUDGET, unit: 'score', measured: lowest?.score, where: lowest && `\`${lowest.path}\`, ${lowest.category}` },
    ]),
    '',
    '## Sizes set in the code',
    '',
    `Limits the site acts on, and what they hold (the README's pictures: ${measuredBy(site, 'npm run bench')}).`,
    '',
    table([
      { what: 'each picture in the README, as a file (`npm run shots`)', code: 'README_SHOT_LIMIT', budget: README_SHOT_LIMIT, unit: 'bytes', measured: site?.picture.bytes, where: site && `\`${site.picture.file}\`` },
      { what: 'space left below which recording with the camera warns first', code: 'LOW_SPACE_BYTES', budget: LOW_SPACE_BYTES, unit: 'bytes', setting: true },
    ], 'limit'),
    '',
    `A minute recorded with the camera, at the bit rates it asks for (\`VIDEO_BITS\` and \`AUDIO_BITS\` in \`src/lib/rehearsal/media.ts\`): ${(((VIDEO_BITS + AUDIO_BITS) * 60) / 8 / 1024 / 1024).toFixed(2)} MB. What a browser records comes near it, not to the byte.`,
    '',
  );
  out.push(...evalSection(figures.eval));
  const visits = new Map(browser?.firstVisits.map((visit) => [visit.path, visit]));
  if (site) {
    out.push(
      '## Every page',
      '',
      '| page | JavaScript on first load | first visit, from the build | first visit in Chromium | of it JavaScript |',
      '| --- | ---: | ---: | ---: | ---: |',
      ...site.pages.map((page) => {
        const visit = visits.get(page.path);
        return `| \`${page.path}\` | ${kb(page.js)} | ${kb(page.total)} | ${visit ? kb(visit.total) : ''} | ${visit ? kb(visit.js) : ''} |`;
      }),
      '',
    );
  }
  if (lighthouse) {
    const categories = [...new Set(lighthouse.pages.flatMap((page) => Object.keys(page.scores)))];
    out.push(
      '## Lighthouse, page by page',
      '',
      `| page | ${categories.join(' | ')} |`,
      `| --- | ${categories.map(() => '---:').join(' | ')} |`,
      ...lighthouse.pages.map((page) => `| \`${page.path}\` | ${categories.map((category) => page.scores[category] ?? '').join(' | ')} |`),
      '',
    );
  }
  return out.join('\n');
}

export function readFigures(root = PROJECT_ROOT): Figures {
  const file = join(root, FIGURES_DATA);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Figures) : {};
}

/** Writes the table from the data as it is. */
export function writeFiguresTable(root = PROJECT_ROOT): void {
  writeFileSync(join(root, FIGURES_TABLE), renderFigures(readFigures(root)));
}

/** Keeps what a bench run measured (the parts it measured replace the last ones; the others stay), then writes the table. */
export function recordFigures(measured: Figures, root = PROJECT_ROOT): void {
  const figures = { ...readFigures(root), ...measured };
  writeFileSync(join(root, FIGURES_DATA), `${JSON.stringify(figures, null, 2)}\n`);
  writeFiguresTable(root);
}

/** Today, as the table dates a measurement. */
export const today = () => new Date().toISOString().slice(0, 10);

if (import.meta.main) {
  writeFiguresTable();
  console.log(`Wrote ${FIGURES_TABLE} from the code's budgets and ${FIGURES_DATA}`);
}
