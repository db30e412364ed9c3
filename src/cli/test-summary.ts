// Sums the test runners' JSON reports into the one line CI reads: "N passed, N failed".
// A stage that failed without a report (type check, build) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './project-root.ts';

const read = (name: string) => {
  const file = join(PROJECT_ROOT, '.cache', name);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
};

const unit = read('unit.json') as { numPassedTests: number; numFailedTests: number } | undefined;
const e2e = read('e2e.json') as { stats: { expected: number; unexpected: number; flaky: number } } | undefined;

const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats.expected ?? 0) + (e2e?.stats.flaky ?? 0);
let failed = (unit?.numFailedTests ?? 0) + (e2e?.stats.unexpected ?? 0);
const exitCode = Number(process.argv[2] ?? 0);
if (exitCode !== 0 && failed === 0) failed = 1;

console.log(`unit: ${unit ? `${unit.numPassedTests} passed, ${unit.numFailedTests} failed` : 'no report'}`);
console.log(`e2e: ${e2e ? `${e2e.stats.expected} passed, ${e2e.stats.unexpected} failed` : 'no report'}`);
console.log(`${passed} passed, ${failed} failed`);
