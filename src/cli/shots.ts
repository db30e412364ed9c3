// `npm run shots`: screenshots of the main pages at 390 and 1280 px wide, in light and dark, into
// .cache/shots/ (not committed), for a person to look at before calling a change done; then the
// README's pictures (docs/screenshots/, committed) from a few of them.
// Run `npm run build` first; `-- --no-full` takes the first screen only.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright';
import { PROJECT_ROOT } from './project-root.ts';
import { writeReadmeShots } from './readme-shots.ts';
import { withBuiltSite } from './with-site.ts';

const { values } = parseArgs({ options: { 'no-full': { type: 'boolean', default: false } } });

const PAGES: [string, string][] = [
  ['home', '/'],
  ['question', '/questions/managing-managers/'],
  ['practice', '/practice/'],
  ['search', '/search/?q=team'],
  ['topics', '/topics/'],
  ['cheat-sheet', '/cheat-sheet/'],
  ['offline', '/offline/'],
  ['interview', '/interview/'],
  ['bank', '/bank/'],
  ['which-story', '/practice/which-story/'],
];

/**
 * The page's clock moved on by `seconds`, a second at a time with a moment of real time between:
 * the recordings' saves (IndexedDB, which runs on real time) finish before their own time limit,
 * which a jump of minutes would pass at once ("not saved", a state no real run shows).
 */
async function elapse(page: Page, seconds: number) {
  for (let i = 0; i < seconds; i++) {
    await page.clock.runFor(1000);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Practice on the page's clock: the cards as dealt, each revealed and rated as `ratings` say. */
async function practise(page: Page, origin: string, ratings: string[]) {
  await page.goto(`${origin}/practice/`, { waitUntil: 'networkidle' });
  for (const [i, rating] of ratings.entries()) {
    if (i) await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Reveal answer' }).click();
    await page.getByRole('button', { name: rating }).click();
  }
}

/** A mock interview on the page's own clock: each answer `seconds` long, no follow-ups. */
async function interview(page: Page, origin: string, seconds: number[]) {
  await page.goto(`${origin}/interview/`, { waitUntil: 'networkidle' });
  await page.getByText('Change the set-up').click();
  await page.locator('input[name=thinking]').fill('0');
  await page.getByLabel('A follow-up question after each answer').setChecked(false);
  await page.getByRole('button', { name: 'Start the interview' }).click();
  for (const answer of seconds) {
    await page.locator('.room[data-phase=answering]').waitFor();
    await elapse(page, answer);
    await page.getByRole('button', { name: 'I’m done' }).click();
  }
  await page.getByRole('button', { name: 'End the interview' }).click();
  await page.locator('.report').waitFor();
}
const WIDTHS = [390, 1280];
const out = join(PROJECT_ROOT, '.cache/shots');
mkdirSync(out, { recursive: true });

await withBuiltSite(4327, async (browser, origin) => {
  for (const width of WIDTHS) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: width < 600 ? 844 : 900 }, colorScheme, hasTouch: width < 600, isMobile: width < 600 });
      for (const [name, path] of PAGES) {
        await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
        await page.screenshot({ path: join(out, `${name}-${width}-${colorScheme}.png`), fullPage: !values['no-full'] });
      }
      // The practice card revealed, as a phone shows it with its bar at the foot.
      await page.goto(`${origin}/practice/`, { waitUntil: 'networkidle' });
      await page.getByRole('button', { name: 'Reveal answer' }).click();
      await page.screenshot({ path: join(out, `practice-revealed-${width}-${colorScheme}.png`) });
      await page.close();

      // A real session: a month of practice on the page's clock (every question on the first day,
      // some again a fortnight later, two three days ago), then a date ten days ahead; the home
      // page's readiness for it, its first screen with the date's form, then today's session done.
      const study = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 800 }, colorScheme, hasTouch: width < 600, isMobile: width < 600 });
      const day = (n: number) => new Date(Date.now() + n * 86_400_000);
      await study.clock.install({ time: day(-30) });
      const plan = await study.newPage();
      await practise(plan, origin, ['Nailed it', 'Getting there', 'Nailed it', 'Needs work', 'Getting there']);
      await study.clock.setSystemTime(day(-16));
      await practise(plan, origin, ['Nailed it', 'Nailed it', 'Getting there']);
      await study.clock.setSystemTime(day(-3));
      await practise(plan, origin, ['Nailed it', 'Needs work']);
      await study.clock.setSystemTime(day(0));
      await plan.goto(`${origin}/`, { waitUntil: 'networkidle' });
      await plan.getByLabel('Date', { exact: true }).fill(day(10).toLocaleDateString('en-CA'));
      await plan.getByRole('button', { name: 'Save' }).click();
      await plan.locator('study-plan [data-status]').filter({ hasText: 'Saved' }).waitFor();
      await plan.locator('[data-ready-count]').filter({ hasText: 'ready' }).waitFor();
      await plan.screenshot({ path: join(out, `home-ready-${width}-${colorScheme}.png`) });
      await plan.locator('study-plan section').nth(1).scrollIntoViewIfNeeded();
      await plan.screenshot({ path: join(out, `plan-${width}-${colorScheme}.png`) });
      await plan.getByRole('link', { name: 'Start today’s session' }).click();
      const position = plan.locator('[data-position]');
      await position.filter({ hasText: 'Today’s session' }).waitFor();
      const count = Number(/ of (\d+):/.exec((await position.textContent())!)![1]);
      for (let i = 0; i < count; i++) {
        if (i) await plan.getByRole('button', { name: 'Next' }).click();
        await plan.getByRole('button', { name: 'Reveal answer' }).click();
        await plan.getByRole('button', { name: 'Getting there' }).click();
      }
      await plan.getByText(/^Done for today/).waitFor();
      await plan.screenshot({ path: join(out, `plan-done-${width}-${colorScheme}.png`) });
      // Which story would you tell: a story chosen, then none fits; the gaps with that question among them.
      await plan.goto(`${origin}/practice/which-story/`, { waitUntil: 'networkidle' });
      await plan.locator('which-story [data-story]').first().click();
      await plan.screenshot({ path: join(out, `which-story-chosen-${width}-${colorScheme}.png`) });
      await plan.getByRole('button', { name: 'Next question' }).click();
      await plan.getByRole('button', { name: 'None of mine fits' }).click();
      await plan.goto(`${origin}/bank/`, { waitUntil: 'networkidle' });
      await plan.screenshot({ path: join(out, `bank-gaps-${width}-${colorScheme}.png`) });
      await study.close();

      // The mock interview: the room with its clock running out, the report, past interviews charted.
      const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 800 }, colorScheme, hasTouch: width < 600, isMobile: width < 600 });
      const run = await context.newPage();
      await run.clock.install();
      await run.goto(`${origin}/interview/`, { waitUntil: 'networkidle' });
      await run.clock.pauseAt(Date.now() + 60_000);
      await run.getByText('Change the set-up').click();
      await run.locator('input[name=thinking]').fill('0');
      await run.getByRole('button', { name: 'Start the interview' }).click();
      await run.locator('.room[data-phase=answering]').waitFor();
      await run.clock.runFor(125_000);
      await run.screenshot({ path: join(out, `interview-room-${width}-${colorScheme}.png`) });
      await run.getByRole('button', { name: 'End the interview' }).click();
      await run.locator('.report').waitFor();
      await interview(run, origin, [150, 40, 100]);
      // Each answer rated, and the first one's words typed in: its parts found from them.
      for (const answer of await run.locator('.report-answer').all()) await answer.getByRole('button', { name: 'Getting there' }).click();
      const first = run.locator('.report-answer').first();
      await first.getByLabel('Transcript').fill(
        'A few months after we made our strongest principal engineer a manager, he turned into the bottleneck and velocity on his team fell. My job was to help him see himself as a multiplier for the team. I asked what only he could do for his people, and we wrote a thirty day plan where he handed code reviews to his tech lead and spent half his time mentoring. Within a quarter his team owned its releases and he became one of our strongest managers.',
      );
      await first.locator('.parts').getByText('From your words').waitFor();
      await run.screenshot({ path: join(out, `interview-report-${width}-${colorScheme}.png`), fullPage: !values['no-full'] });
      await first.locator('h3').first().evaluate((heading) => heading.scrollIntoView({ block: 'start', behavior: 'instant' }));
      await run.screenshot({ path: join(out, `interview-report-words-${width}-${colorScheme}.png`) });
      await first.getByText('The model answer').click();
      // The home page with the last interview's figures on its card.
      await run.clock.resume();
      await run.goto(`${origin}/`, { waitUntil: 'networkidle' });
      await run.locator('[data-last-interview] [data-tiles] div').first().waitFor();
      await run.screenshot({ path: join(out, `home-interview-${width}-${colorScheme}.png`), fullPage: !values['no-full'] });
      await run.goto(`${origin}/interview/`, { waitUntil: 'networkidle' });
      await run.locator('interview-history .trends').waitFor();
      await run.screenshot({ path: join(out, `interview-history-${width}-${colorScheme}.png`), fullPage: !values['no-full'] });
      await context.close();

      // Your own stories: the list empty, the editor with advice showing, the list and the story's page.
      const mine = await browser.newPage({ viewport: { width, height: width < 600 ? 844 : 900 }, colorScheme, hasTouch: width < 600, isMobile: width < 600 });
      await mine.goto(`${origin}/stories/`, { waitUntil: 'networkidle' });
      await mine.screenshot({ path: join(out, `stories-empty-${width}-${colorScheme}.png`) });
      await mine.getByRole('link', { name: 'New story' }).click();
      await mine.getByLabel('Title').fill('Turning around the payments team');
      await mine.getByLabel('Question it answers').fill('Tell me about a time you turned a struggling team around.');
      await mine.getByLabel('Situation').fill('The payments team of eight had missed three releases in a row.');
      await mine.getByLabel('Task').fill('Get them shipping every week within one quarter.');
      await mine.getByLabel('Action').fill('We cut our work in progress and we paired with the lead each morning.');
      await mine.getByLabel('Result').fill('The team was happier.');
      await mine.locator('story-editor [data-saved]').filter({ hasText: 'Saved on this device' }).waitFor();
      await mine.locator('story-editor [data-note=result]').filter({ hasText: 'no figure' }).waitFor();
      await mine.screenshot({ path: join(out, `story-editor-${width}-${colorScheme}.png`), fullPage: !values['no-full'] });
      // The advice beside the fields, on one screen.
      await mine.getByLabel('Action').evaluate((field) => field.scrollIntoView({ block: 'start', behavior: 'instant' }));
      await mine.screenshot({ path: join(out, `story-advice-${width}-${colorScheme}.png`) });
      await mine.goto(`${origin}/stories/`, { waitUntil: 'networkidle' });
      await mine.locator('story-list [data-story]').first().waitFor();
      await mine.screenshot({ path: join(out, `stories-${width}-${colorScheme}.png`) });
      await mine.locator('story-list [data-story] h2 a').first().click();
      await mine.locator('h1').filter({ hasText: 'payments' }).waitFor();
      await mine.screenshot({ path: join(out, `story-page-${width}-${colorScheme}.png`), fullPage: !values['no-full'] });
      await mine.close();

      // Rehearse with the camera: the self-view while recording; then the parts found from a typed transcript.
      const cam = await browser.newPage({ viewport: { width, height: width < 600 ? 844 : 900 }, colorScheme, hasTouch: width < 600, isMobile: width < 600 });
      await cam.goto(`${origin}/questions/managing-managers/`, { waitUntil: 'networkidle' });
      await cam.locator('summary', { hasText: 'Rehearse aloud' }).click();
      await cam.getByLabel('Record with my camera').check();
      await cam.getByRole('button', { name: 'Record', exact: true }).click();
      await cam.locator('rehearse-panel .live .clock').filter({ hasText: /^0:0[2-9]/ }).waitFor();
      // The camera's picture playing for a second, not the black of a video yet to start.
      await cam.waitForFunction(() => (document.querySelector<HTMLVideoElement>('rehearse-panel .self-view video')?.currentTime ?? 0) > 1);
      await cam.locator('rehearse-panel .self-view').scrollIntoViewIfNeeded();
      await cam.screenshot({ path: join(out, `rehearse-camera-${width}-${colorScheme}.png`) });
      await cam.getByRole('button', { name: 'Stop', exact: true }).click();
      await cam.locator('rehearse-panel .attempt video').waitFor();
      await cam.getByLabel('Transcript').fill(
        'A few months after we made our strongest principal engineer a manager, he turned into the bottleneck and velocity on his team fell. My job was to help him see himself as a multiplier for the team. I asked what only he could do for his people, and we wrote a thirty day plan where he handed code reviews to his tech lead and spent half his time mentoring.',
      );
      await cam.locator('rehearse-panel .attempt .parts').scrollIntoViewIfNeeded();
      await cam.screenshot({ path: join(out, `rehearse-from-words-${width}-${colorScheme}.png`) });
      await cam.close();
    }
  }
}, undefined, ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream']);
console.log(`Wrote ${PAGES.length + 16} screens × ${WIDTHS.length} widths × 2 themes to ${out}`);
const pictures = await writeReadmeShots(out, join(PROJECT_ROOT, 'docs/screenshots'));
console.log(`Wrote the README's ${pictures.length} pictures to docs/screenshots/`);
