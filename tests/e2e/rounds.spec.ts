import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SEED_CONTENT, test } from './helpers/seed.ts';
import { countPdfPages } from '../../src/cli/print-pdf.ts';
import { htmlPages, overBudget, weighPage } from '../../src/cli/page-weight.ts';
import { runBuild } from '../../src/cli/run-build.ts';
import { copyProject } from '../../src/cli/temp-project.ts';
import { AXE_TAGS, testPort } from './helpers/site.ts';
import { StaticHost } from './helpers/static-server.ts';

// A second round, added to a copy of the project with the scaffolds themselves, filled in, built,
// and served: the shipped site keeps the seed's one round.
test.describe.configure({ mode: 'serial' });

interface Fixture {
  round: { title: string; description: string; mindset: string };
  questions: { title: string; question: string; kind: string; topics: string[]; situation: string; task: string; action: string; result: string; keyPoints: string[]; body: string }[];
}
const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/rounds/technical-vision.json'), 'utf8')) as Fixture;
const ROUND = 'technical-vision';
const SEED = 'soft-skills-leadership';

let root = '';
let host: StaticHost;
let checked = '';

/** Runs one of the project's scripts in the copy, as `npm run` would; returns what it printed. */
function script(file: string, ...args: string[]): string {
  const run = spawnSync(process.execPath, [join(root, 'src/cli', file), ...args], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${file} ${args.join(' ')} failed:\n${run.stdout}${run.stderr}`);
  return run.stdout;
}

/** Replaces a scaffold's placeholders with the fixture's text, and publishes it. */
function fill(path: string, fields: Record<string, string | string[]>, body: string) {
  let text = readFileSync(path, 'utf8');
  for (const [key, value] of Object.entries(fields)) {
    const yaml = Array.isArray(value) ? `[${value.map((v) => JSON.stringify(v)).join(', ')}]` : JSON.stringify(value);
    text = text.replace(new RegExp(`^${key}:.*(\\n  - .*)*$`, 'm'), `${key}: ${yaml}`);
  }
  text = text.replace(/^draft: true\n/m, '').replace(/---\n\n[\s\S]*$/, `---\n\n${body}\n`);
  writeFileSync(path, text);
}

test.beforeAll(() => {
  test.setTimeout(180_000);
  root = copyProject('study-rounds-', SEED_CONTENT);
  expect(script('new-round.ts', fixture.round.title)).toContain(`content/rounds/${ROUND}.md as a draft`);
  fill(join(root, `content/rounds/${ROUND}.md`), { description: fixture.round.description }, fixture.round.mindset);
  for (const q of fixture.questions) {
    const out = script('new-question.ts', '--round', ROUND, q.title);
    const file = /Created (\S+) as a draft/.exec(out)![1]!;
    const { title: _title, body, ...fields } = q;
    fill(join(root, file), fields, body);
  }
  checked = script('check-content.ts');
  runBuild(root);
  host = new StaticHost(join(root, 'dist'), testPort(4361));
  return host.start();
});

test.afterAll(async () => {
  await host?.stop();
  rmSync(root, { recursive: true, force: true });
});

const goto = (page: Page, path: string) => page.goto(`${host.origin}${path}`);

test('the filled scaffolds pass the checker', () => {
  expect(checked.trim()).toMatch(/^All 7 entries valid\nBank: \d+ questions in \d+ files, all valid$/);
});

test('home lists both rounds in order, each with its questions, time aloud and progress, linking to its page', async ({ page }) => {
  await goto(page, '/');
  const rounds = page.getByRole('main').getByRole('heading', { level: 2 });
  // Am I ready and today's study first, then the rounds.
  await expect(rounds).toHaveText(['Am I ready?', 'Today', 'Soft Skills & Leadership', 'Technical Vision']);
  const vision = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Technical Vision' }) });
  await expect(vision).toContainText(fixture.round.description);
  await expect(vision).toContainText('2 questions');
  await expect(vision).toContainText(/about \d+ s aloud|about \d+ min/);
  await expect(vision).toContainText('None of 2 practised yet');
  await page.getByRole('link', { name: 'Technical Vision' }).click();
  await expect(page).toHaveURL(`${host.origin}/rounds/${ROUND}/`);
});

test('a round’s page: its mindset and its own questions only, with its own cheat sheet', async ({ page }) => {
  await goto(page, `/rounds/${ROUND}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Technical Vision');
  await expect(page.getByText(fixture.round.mindset)).toBeVisible();
  await expect(page.getByRole('main').getByRole('heading', { level: 3 })).toHaveText(fixture.questions.map((q) => q.title));
  await expect(page.getByText('Managing Managers')).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('link', { name: /^Cheat sheet/ })).toHaveAttribute('href', `/cheat-sheet/${ROUND}/`);
  await goto(page, `/rounds/${SEED}/`);
  await expect(page.getByRole('main').getByRole('heading', { level: 3 })).toHaveCount(5);
});

test('a question page shows its round as a breadcrumb; previous and next stay within the round', async ({ page }) => {
  await goto(page, '/questions/setting-a-technical-direction/');
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByRole('link')).toHaveText(['All rounds', 'Technical Vision']);
  await expect(page.getByText('Question 1 of 2')).toBeVisible();
  const steps = page.getByRole('navigation', { name: 'Previous and next question' });
  await expect(steps.getByRole('link')).toHaveText([/Choosing Build Versus Buy/]);
  await goto(page, '/questions/roadmap-and-budget/');
  await expect(page.getByText('Question 5 of 5')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Previous and next question' }).getByRole('link')).toHaveText([/Team Building and Culture/]);
});

test('search: a round filter with counts, in the URL, returning just that round’s questions', async ({ page }) => {
  await goto(page, '/search/');
  await expect(page.getByRole('checkbox', { name: 'Technical Vision (2)' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Soft Skills & Leadership (5)' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Technical Vision (2)' }).check();
  await expect(page).toHaveURL(/\?round=technical-vision$/);
  await expect(page.getByRole('status')).toHaveText('2 questions in Technical Vision');
  await expect(page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 2 })).toHaveText(fixture.questions.map((q) => q.title));
  await goto(page, `/search/?q=pipeline&round=${SEED}`);
  await expect(page.getByRole('status')).toHaveText('No results for “pipeline” in Soft Skills & Leadership');
  await goto(page, `/search/?q=pipeline&round=${ROUND}`);
  await expect(page.getByRole('status')).toHaveText('1 result for “pipeline” in Technical Vision');
});

test('practice offers the rounds as it offers topics; all by default', async ({ page }) => {
  await goto(page, '/practice/');
  await expect(page.getByText(/^Question 1 of 7: /)).toBeVisible();
  await page.getByText('Order, rounds and topics').click();
  await page.getByRole('checkbox', { name: 'Technical Vision' }).check();
  await expect(page.getByText('Question 1 of 2: Setting a Technical Direction')).toBeVisible();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByText('Question 2 of 2: Choosing Build Versus Buy')).toBeVisible();
});

test('topics: the matrix groups its columns by round; a topic page lists its questions under their rounds', async ({ page }) => {
  await goto(page, '/topics/');
  await expect(page.getByRole('columnheader', { name: 'Technical Vision' })).toHaveAttribute('colspan', '2');
  await expect(page.getByRole('columnheader', { name: 'Soft Skills & Leadership' })).toHaveAttribute('colspan', '5');
  await goto(page, '/topics/strategy/');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Soft Skills & Leadership', 'Technical Vision', 'Unseen questions on this topic']);
  await expect(page.getByRole('region', { name: 'Technical Vision' }).getByRole('heading', { level: 3 })).toHaveText(fixture.questions.map((q) => q.title));
});

test('a cheat sheet per round, reachable from /cheat-sheet/, each on at most two printed pages', async ({ page }) => {
  await goto(page, '/cheat-sheet/');
  await expect(page.getByRole('link', { name: 'Technical Vision' })).toHaveAttribute('href', `/cheat-sheet/${ROUND}/`);
  for (const round of [SEED, ROUND]) {
    await goto(page, `/cheat-sheet/${round}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Cheat sheet: ${round === ROUND ? 'Technical Vision' : 'Soft Skills & Leadership'}`);
    await expect(page.locator('cheat-sheet article')).toHaveCount(round === ROUND ? 2 : 5);
    await page.emulateMedia({ media: 'print' });
    for (const format of ['A4', 'Letter'] as const) {
      expect(countPdfPages(await page.pdf({ format })), `${round} ${format}`).toBeLessThanOrEqual(2);
    }
    await page.emulateMedia({ media: 'screen' });
  }
});

test('Anki: one file, each note in its round’s deck, ids <round-id>/<question-id>', async ({ request }) => {
  const lines = (await (await request.get(`${host.origin}/anki.txt`)).text()).trimEnd().split('\n');
  expect(lines).toContain('#deck column:2');
  const rows = lines.filter((line) => !line.startsWith('#')).map((line) => line.split('\t'));
  expect(rows.map((row) => `${row[0]} ${row[1]}`)).toEqual(
    expect.arrayContaining([
      `${SEED}/managing-managers Soft Skills & Leadership`,
      `${ROUND}/setting-a-technical-direction Technical Vision`,
      `${ROUND}/choosing-build-versus-buy Technical Vision`,
    ]),
  );
  expect(rows).toHaveLength(7);
});

test('with two rounds every page keeps the byte budgets, and the new pages have no axe violations', async ({ page }) => {
  test.setTimeout(120_000);
  const dist = join(root, 'dist');
  const problems = htmlPages(dist).flatMap((path) => overBudget(weighPage(dist, path)).map((p) => `${path}: ${p}`));
  expect(problems).toEqual([]);
  for (const path of ['/', `/rounds/${ROUND}/`, '/cheat-sheet/', '/topics/']) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await goto(page, path);
      const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(violations.map((v) => `${path} ${colorScheme}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  }
});

test('with two rounds, /interview/ offers a choice of round, and each round has its own mock interview of its questions', async ({ page }) => {
  await goto(page, '/');
  await page.getByRole('main').getByRole('link', { name: 'Mock interview' }).click();
  await expect(page).toHaveURL(/\/interview\/$/);
  await page.getByText('Change the set-up').click();
  const rounds = page.getByRole('group', { name: 'Round' });
  await expect(rounds.getByRole('radio')).toHaveCount(3);
  await expect(rounds.getByRole('radio', { name: 'All rounds' })).toBeChecked();
  await expect(page.locator('[data-summary]')).toContainText(`All ${5 + fixture.questions.length} questions`);
  await rounds.getByRole('radio', { name: fixture.round.title }).check();
  await expect(page.locator('[data-summary]')).toContainText(`All ${fixture.questions.length} questions`);

  await goto(page, `/rounds/${ROUND}/`);
  await page.getByRole('main').getByRole('link', { name: /^Mock interview/ }).click();
  await expect(page).toHaveURL(new RegExp(`/interview/${ROUND}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Mock interview: ${fixture.round.title}`);
  await page.getByText('Change the set-up').click();
  await expect(page.getByRole('group', { name: 'Round' })).toHaveCount(0);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  await page.locator('input[name=thinking]').fill('0');
  await page.getByRole('button', { name: 'Start the interview' }).click();
  await expect(page.locator('.room-progress')).toHaveText(`Question 1 of ${fixture.questions.length}`);
  await expect(page.locator('.room-question')).toHaveText(fixture.questions[0]!.question);
});
