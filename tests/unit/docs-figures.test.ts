import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYOUT_SHIFT_BUDGET, LIGHTHOUSE_BUDGET, PRINTED_PAGES_BUDGET, REVEAL_BUDGET_MS, SCALE_BUILD_BUDGET_S, SEARCH_BUDGET } from '../../src/cli/bench-budgets.ts';
import { FIGURES_TABLE, readFigures, renderFigures } from '../../src/cli/figures.ts';
import { FIRST_VISIT_BUDGET } from '../../src/cli/first-visit.ts';
import { BUDGETS, GROWTH, LAZY_BUDGETS, SCHEDULER } from '../../src/cli/page-weight.ts';
import { PROJECT_ROOT } from '../../src/cli/project-root.ts';
import { README_SHOT_LIMIT } from '../../src/cli/readme-shots.ts';
import { LOW_SPACE_BYTES } from '../../src/lib/rehearsal/media.ts';

// docs/reference/figures.md is the one place the docs state a measured figure. It must be what
// `npm run figures` makes of docs/reference/figures.json (what the bench measured), and its budgets
// must be the code's: change a budget and forget the table, and this fails.
const table = readFileSync(join(PROJECT_ROOT, FIGURES_TABLE), 'utf8');

/** Every budget the code holds, by the name the table gives it. */
const CODE_BUDGETS: Record<string, number> = {
  ...Object.fromEntries(Object.entries(BUDGETS).map(([key, value]) => [`BUDGETS.${key}`, value])),
  ...Object.fromEntries(LAZY_BUDGETS.map(({ chunk, budget }) => [`LAZY_BUDGETS.${chunk}`, budget])),
  'SCHEDULER.budget': SCHEDULER.budget,
  'GROWTH.offlinePerQuestion': GROWTH.offlinePerQuestion,
  'GROWTH.practicePerQuestion': GROWTH.practicePerQuestion,
  'FIRST_VISIT_BUDGET.total': FIRST_VISIT_BUDGET.total,
  'FIRST_VISIT_BUDGET.js': FIRST_VISIT_BUDGET.js,
  ...Object.fromEntries(Object.entries(SEARCH_BUDGET).map(([key, value]) => [`SEARCH_BUDGET.${key}`, value])),
  REVEAL_BUDGET_MS,
  SCALE_BUILD_BUDGET_S,
  LAYOUT_SHIFT_BUDGET,
  PRINTED_PAGES_BUDGET,
  LIGHTHOUSE_BUDGET,
  README_SHOT_LIMIT,
  LOW_SPACE_BYTES,
};

/** A budget as the table writes it, back to the code's number: "7.5 KB" is 7680, "500 ms" is 500. */
function budgetValue(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(?: (KB|MB|ms|s|pages))?$/.exec(text.trim());
  if (!match) throw new Error(`Not a budget: "${text}"`);
  const scale = { KB: 1024, MB: 1024 * 1024 }[match[2] as 'KB' | 'MB'] ?? 1;
  return Number(match[1]) * scale;
}

/** The table's budget rows: `| what | \`set in\` | budget | last measured | room |`. */
const rows = [...table.matchAll(/^\| [^|]+ \| `([A-Za-z_.-]+)` \| ([^|]+) \|/gm)].map(([, code, budget]) => ({ code: code!, budget: budgetValue(budget!) }));

describe('the figures table', () => {
  it('is what `npm run figures` makes from the measured figures and the code', () => {
    expect(table).toBe(renderFigures(readFigures()));
  });

  it('states every budget of the code, each as the code has it', () => {
    expect(rows.filter(({ code, budget }) => CODE_BUDGETS[code] !== budget)).toEqual([]);
    const named = new Set(rows.map(({ code }) => code));
    expect(Object.keys(CODE_BUDGETS).filter((code) => !named.has(code))).toEqual([]);
  });

  it('holds figures measured by the bench: the build, the browser and the site at scale', () => {
    const { site, browser, scale } = readFigures();
    expect(site?.pages.length).toBeGreaterThan(10);
    expect(Object.keys(site?.lazy ?? {}).length).toBeGreaterThan(10);
    expect(browser?.firstVisits.length).toBeGreaterThan(10);
    expect(scale?.questions.scaled).toBeGreaterThan(scale?.questions.base ?? Infinity);
  });

  it('reads budgets back as the code writes them', () => {
    expect(budgetValue('7.5 KB')).toBe(7.5 * 1024);
    expect(budgetValue('1.25 KB')).toBe(1280);
    expect(budgetValue('50 MB')).toBe(50 * 1024 * 1024);
    expect(budgetValue('500 ms')).toBe(500);
    expect(budgetValue('0')).toBe(0);
    expect(() => budgetValue('not measured')).toThrow();
  });
});
