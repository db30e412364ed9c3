import type { Locator, Page } from '@playwright/test';
import { expect, test } from './helpers/seed.ts';
import { atLeast, history, keptAttempts, liveClock, openPanel } from './helpers/rehearse-panel.ts';
import { forbidOffSiteRequests, noAxeViolations } from './helpers/site.ts';
import { openClocked, setUp } from './helpers/interview.ts';
import { seedStories, storyOf } from './helpers/stories-fixture.ts';

// Issue 35, "Rough edges a first-time user meets", as one meets them: on a phone held upright (390 ×
// 844, touch) and on a laptop (1280 × 800), every point at both sizes. The fake microphone (a tone)
// records without asking: see playwright.config.ts.
forbidOffSiteRequests(test);

const VIEWS = [
  { name: 'a phone, by touch', touch: true, use: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } },
  { name: 'a laptop', touch: false, use: { viewport: { width: 1280, height: 800 } } },
] as const;

const position = (page: Page) => page.locator('[data-position]');
const currentTitle = async (page: Page) => ((await position(page).textContent()) ?? '').replace(/^Question \d+ of \d+: /, '');
const status = (page: Page) => page.locator('practice-session [data-plan-status]');
/** The ratings stored on the device, oldest first. */
const reviews = (page: Page) => page.evaluate(() => (JSON.parse(localStorage.getItem('study:progress') ?? '{"reviews":[]}') as { reviews: { q: string; r: string }[] }).reviews);
/** Stored progress (version 2): each id rated `rating` now, from practice. */
const progressOf = (ratings: [string, string][]) => JSON.stringify({ version: 2, reviews: ratings.map(([q, r]) => ({ q, r, at: new Date().toISOString(), from: 'practice' })) });

/** The length a player reads in the file itself, once it has read it: Infinity when the file says none. */
const fileDuration = (player: Locator) =>
  player.evaluate((media: HTMLMediaElement) =>
    media.readyState > 0 ? media.duration : new Promise<number>((resolve) => media.addEventListener('loadedmetadata', () => resolve(media.duration), { once: true })),
  );
/** The length a player shows once it knows it (a recording mended as it plays: once its mended file has loaded). */
const knownDuration = (player: Locator) =>
  player.evaluate(
    (media: HTMLMediaElement) =>
      new Promise<number>((resolve) => {
        const known = () => Number.isFinite(media.duration) && resolve(media.duration);
        media.addEventListener('durationchange', known);
        known();
      }),
  );

for (const view of VIEWS) {
  test.describe(`on ${view.name}`, () => {
    test.use(view.use);
    /** A press as this screen makes it: a tap, or a click. */
    const press = (target: Locator) => (view.touch ? target.tap() : target.click());

    test('a rating shows it was kept, moves on to the next card, and Undo brings the card back with the rating before it', async ({ page }) => {
      await page.goto('/practice/');
      const first = await currentTitle(page);
      await press(page.getByRole('button', { name: 'Reveal answer' }));
      await expect(page.locator('.card[data-current] .answer')).toBeVisible();
      await press(page.getByRole('button', { name: 'Nailed it' }));
      await expect(status(page)).toHaveText(/^Rating saved on this device\. Undo$/);
      await expect(position(page)).toHaveText(/^Question 2 of 5: /);
      await expect(page.getByRole('button', { name: 'Reveal answer' })).toBeVisible();
      expect((await reviews(page)).map(({ r }) => r)).toEqual(['nailed-it']);

      // Undo: the card is back, answer showing, and not rated (it had no rating before).
      await press(page.getByRole('button', { name: 'Undo' }));
      await expect(position(page)).toHaveText(`Question 1 of 5: ${first}`);
      await expect(page.getByRole('button', { name: 'Hide answer' })).toBeVisible();
      await expect(status(page)).toHaveText('Rating undone: the card is back.');
      await expect(page.locator('.card[data-current] [data-last-rating]')).toHaveText('Not practised yet');
      expect(await reviews(page)).toEqual([]);

      // Rated again, then rated once more and undone: the rating before it is the last again.
      await press(page.getByRole('button', { name: 'Getting there' }));
      await expect(position(page)).toHaveText(/^Question 2 of 5: /);
      await noAxeViolations(page, 'a rating kept, with Undo');
      await press(page.getByRole('button', { name: 'Previous' }));
      await press(page.getByRole('button', { name: 'Reveal answer' }));
      await press(page.getByRole('button', { name: 'Needs work' }));
      await expect(position(page)).toHaveText(/^Question 2 of 5: /);
      await press(page.getByRole('button', { name: 'Undo' }));
      await expect(position(page)).toHaveText(`Question 1 of 5: ${first}`);
      await expect(page.getByRole('button', { name: 'Getting there' })).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('.card[data-current] [data-last-rating]')).toHaveText('Last rating: Getting there');
      expect((await reviews(page)).map(({ r }) => r)).toEqual(['getting-there']);
      await expect(page.getByText('1 of 5 practised, 1 getting there')).toBeVisible();

      if (view.touch) return;
      // The keys do the same: 3 rates and moves on, U takes it back.
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('3');
      await expect(position(page)).toHaveText(/^Question 2 of 5: /);
      await page.keyboard.press('u');
      await expect(position(page)).toHaveText(`Question 1 of 5: ${first}`);
      expect((await reviews(page)).map(({ r }) => r)).toEqual(['getting-there']);
      // A second rating in the moment replaces the first: one rating kept, not two.
      await page.keyboard.press('1');
      await page.keyboard.press('3');
      await expect(position(page)).toHaveText(/^Question 2 of 5: /);
      expect((await reviews(page)).map(({ r }) => r)).toEqual(['getting-there', 'nailed-it']);
    });

    test('after the last card due today, “Done for today” takes the card’s place; Undo and Keep practising bring a card back', async ({ page }) => {
      // Four questions rated just now: one left to do today.
      await page.goto('/');
      await page.evaluate(
        (value) => localStorage.setItem('study:progress', value),
        progressOf(['managing-managers', 'upward-influence', 'matrixed-conflict', 'inclusive-culture'].map((id) => [id, 'nailed-it'])),
      );
      await page.goto('/practice/?today');
      await expect(position(page)).toHaveText('Today’s session: question 1 of 1: Strategic Planning & Budgeting');
      await press(page.getByRole('button', { name: 'Reveal answer' }));
      await press(page.getByRole('button', { name: 'Getting there' }));
      const done = page.getByText(/^Done for today\./);
      await expect(done).toBeVisible();
      await expect(done).toBeFocused();
      // In the card's place, not under a card that can still be revealed and rated.
      await expect(page.locator('.card[data-current]')).toBeHidden();
      await expect(page.getByRole('button', { name: /^(Reveal|Hide) answer$/ })).toBeHidden();
      await expect(page.getByRole('group', { name: 'How did it go?' })).toBeHidden();

      await press(page.getByRole('button', { name: 'Undo' }));
      await expect(done).toBeHidden();
      await expect(page.getByRole('heading', { level: 2, name: 'Strategic Planning & Budgeting' })).toBeVisible();
      await press(page.getByRole('button', { name: 'Nailed it' }));
      await expect(done).toBeVisible();
      await noAxeViolations(page, 'done for today');
      await press(page.getByRole('button', { name: 'Keep practising' }));
      await expect(done).toBeHidden();
      await expect(page.locator('.card[data-current]')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Reveal answer' })).toBeVisible();
    });

    test('practice and the home page count what there is to practise the same way, your stories said as such', async ({ page }) => {
      const summaries = async () => {
        await page.goto('/practice/');
        await expect(page.locator('practice-session .card[data-own]').first()).toBeAttached();
        const practice = (await page.locator('practice-session [data-progress-summary]').textContent())!;
        await page.goto('/');
        const home = page.locator('[data-progress-summary]').first();
        await expect(home).toHaveText(practice);
        return practice;
      };
      await seedStories(page, [storyOf('mine-payments')]);
      await page.evaluate(
        (value) => localStorage.setItem('study:progress', value),
        progressOf([
          ['managing-managers', 'nailed-it'],
          ['mine-payments', 'getting-there'],
        ]),
      );
      expect(await summaries()).toBe('2 of 6 practised: 5 model answers, 1 story of yours; 1 getting there, 1 nailed it');
      // A story in the place of a model answer: that model answer (and its rating) is no longer counted.
      await seedStories(page, [storyOf('mine-payments'), storyOf('mine-coaching', { title: 'Coaching Dana into management', replaces: 'managing-managers' })]);
      expect(await summaries()).toBe('1 of 6 practised: 4 model answers, 2 stories of yours; 1 getting there');
    });

    test.describe(() => {
      // The service worker would serve the code a test keeps from loading: none here.
      test.use({ serviceWorkers: 'block' });
      test('a recording knows its length: its player reads it, right after Stop and after a reload; one kept without it is mended as it plays', async ({ page }) => {
        test.setTimeout(60_000);
        const recordFor = async (seconds: number) => {
          await press(page.getByRole('button', { name: 'Record', exact: true }));
          await expect(liveClock(page)).toHaveText(atLeast(seconds));
          await press(page.getByRole('button', { name: 'Stop', exact: true }));
          await expect(page.locator('rehearse-panel .status')).toHaveText(/^Stopped at \d:\d\d\. Saved on this device\.$/);
        };
        const kept = async () => (await keptAttempts(page)).sort((a, b) => (a.at < b.at ? -1 : 1));
        const player = () => page.locator('rehearse-panel .attempt audio');
        // First, one made while the code that writes its length could not load (as one made before that
        // code existed): kept as the recorder made it, and its player reads no length.
        await page.route(/\/recording-length-[\w-]{8}\.js$/, (route) => route.abort());
        await page.goto('/questions/managing-managers/');
        await openPanel(page);
        await recordFor(3);
        expect(await fileDuration(player())).toBe(Infinity);
        await page.unroute(/\/recording-length-[\w-]{8}\.js$/);

        // Then one with its length written in on Stop: its player reads it from the file at once.
        await page.reload();
        await openPanel(page);
        await recordFor(2);
        const [, recorded] = await kept();
        const shown = await fileDuration(player());
        expect(shown).toBeLessThan(Infinity);
        expect(Math.abs(shown - recorded!.seconds)).toBeLessThan(0.5);

        // After a reload, played from the list of attempts (newest first): both show their length.
        await page.reload();
        await openPanel(page);
        const attempts = await kept();
        expect(attempts).toHaveLength(2);
        for (const [i, attempt] of [attempts[1]!, attempts[0]!].entries()) {
          await press(history(page).nth(i).getByRole('button', { name: /^Play/ }));
          const length = await knownDuration(history(page).nth(i).locator('audio'));
          expect(length).toBeLessThan(Infinity);
          expect(Math.abs(length - attempt.seconds)).toBeLessThan(0.5);
        }
      });
    });

    test('a mock interview’s report calls a 5-second answer short: not within time, and not among what went well', async ({ page }) => {
      await openClocked(page, '/interview/');
      await setUp(page, { thinking: 0, followUps: false, record: false });
      await press(page.getByRole('button', { name: 'Start the interview' }));
      await expect(page.locator('.room-question')).toBeVisible();
      await page.clock.runFor(500);
      await expect(page.locator('.room-state')).toHaveText('Answering');
      await page.clock.runFor(5_000);
      await press(page.getByRole('button', { name: 'End the interview' }));
      const report = page.locator('.report');
      await expect(page.getByRole('heading', { name: 'Your interview report' })).toBeVisible();
      await expect(page.locator('.report-answer [data-duration]')).toHaveText('0:05');
      await expect(report.locator('.figures')).toContainText('Answers within time0 of 1');
      await expect(report.locator('.advice').first()).toContainText('short, under a third of its time');
      await expect(page.getByRole('heading', { name: 'What went well' })).toBeHidden();
      await expect(report).not.toContainText('within its time');
      // Under the answer, what an interviewer hears says it too (its length, from the clock).
      await expect(page.locator('.report-answer .signals').first()).toContainText('Short: under a third of its time.');
      // axe runs on the page's timers: they run again.
      await page.clock.resume();
      await noAxeViolations(page, 'a report with a short answer');
    });

    test.describe(() => {
      // As most people have it, the page scrolls smoothly to a link's target (base.css): the scroll is
      // still under way as the page's own content arrives, and would end off target. No service
      // worker: it would serve the code the test holds back.
      test.use({ contextOptions: { reducedMotion: 'no-preference' }, serviceWorkers: 'block' });
      test('a search result into the unseen questions keeps its question where the link put it once your stories and choices have come', async ({ page }) => {
        // Your stories (which fit many questions, and close gaps), your ratings, and choices of "none
        // fits" (gaps added above): the page grows and shrinks above the question after the jump.
        const topics = ['people-management', 'prioritization', 'stakeholder-management', 'strategy', 'influence', 'conflict', 'hiring'];
        await seedStories(page, [storyOf('mine-payments', { topics: topics.slice(0, 4) }), storyOf('mine-roadmaps', { title: 'Saying no to the roadmap', topics: topics.slice(3) })]);
        const choices = Object.fromEntries(['led-reorg', 'too-many-priorities', 'headcount-case'].map((id) => [id, { story: null, at: new Date().toISOString() }]));
        const progress = progressOf([
          ['managing-managers', 'nailed-it'],
          ['mine-payments', 'needs-work'],
        ]);
        await page.evaluate(({ ratings, chosen }) => (localStorage.setItem('study:progress', ratings), localStorage.setItem('study:choices', chosen)), {
          ratings: progress,
          chosen: JSON.stringify({ version: 1, choices }),
        });
        await page.goto('/search/?q=budget+cut');
        const result = page.getByRole('main').getByRole('link', { name: 'Tell me about a time your budget was cut in the middle of the year. What did you change?' });
        await expect(result).toBeVisible();
        // Your stories' code arrives late (a slow connection): after the page has loaded and the browser has jumped.
        let release = () => {};
        const held = new Promise<void>((resolve) => (release = resolve));
        await page.route(/\/your-stories-[\w-]{8}\.js$/, async (route) => (await held, route.continue()));
        await press(result);
        await expect(page).toHaveURL(/\/bank\/#q-budget-cut$/);
        await page.waitForLoadState('load');
        release();
        const target = page.locator('#q-budget-cut');
        /** How far the question is from where a link puts it: the top of the screen, less its scroll margin. */
        const off = () => target.evaluate((heading) => Math.abs(heading.getBoundingClientRect().top - parseFloat(getComputedStyle(heading).scrollMarginTop)));
        // The page says when its own content has come; then the question ends where the link put it.
        await expect(page.locator('bank-coverage')).toHaveAttribute('data-arrived', '');
        await expect(page.locator('[data-bank="budget-cut"] .fits')).toContainText('Your stories that fit');
        await expect.poll(off).toBeLessThan(2);
        await expect(target).toBeInViewport();
        await expect(target).toHaveCSS('animation-name', 'target-mark');
        // Colours read by axe must be the final ones, not a fade's.
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await noAxeViolations(page, "a question of the bank as a link's target");
      });
    });

    test(view.touch ? 'no hint of keys on a touch screen' : 'the hints of keys where there is a keyboard', async ({ page }) => {
      const shown = (target: Locator) => (view.touch ? expect(target).toBeHidden() : expect(target).toBeVisible());
      await page.goto('/practice/');
      await press(page.getByRole('button', { name: 'Reveal answer' }));
      await shown(page.locator('practice-session .rating kbd').first());
      // On a phone with the answer showing, the controls wait in the bar at the foot: the list of keys is never there.
      if (!view.touch) await shown(page.getByRole('button', { name: 'Keyboard shortcuts' }));
      await press(page.getByRole('button', { name: 'Hide answer' }));
      await shown(page.getByRole('button', { name: 'Keyboard shortcuts' }));
      // The switch stays: a tablet may have a keyboard, and single keys must be able to be turned off.
      await expect(page.getByRole('checkbox', { name: 'Single-key shortcuts' })).toBeVisible();
      await page.goto('/search/');
      await shown(page.getByText('Press ↓ to move to the results.'));
      await page.goto('/questions/managing-managers/');
      await openPanel(page);
      await shown(page.getByText(/^Keys while this panel is open/));
      await page.goto('/interview/');
      await page.getByText('Change the set-up').click();
      await page.getByLabel('Record my answers').setChecked(false);
      await press(page.getByRole('button', { name: 'Start the interview' }));
      await shown(page.getByText(/^Keys: Enter or N/));
    });

    test('the story editor: one message per rule, “Saved” beside Save now, parts that add up to the whole, boxes that grow with their text', async ({ page }) => {
      await page.goto('/stories/?new');
      const note = (field: string) => page.locator(`story-editor [data-note="${field}"]`);
      await page.getByLabel('Title').fill('Turning around the payments team');
      // Past the line's limit: the rule, with its one figure; under it and past the sheet's line, the advice.
      await page.getByLabel('Situation').fill(`${'The payments team had missed three releases in a row. '.repeat(3)}x`.slice(0, 162));
      await expect(note('situation')).toHaveText('This line must be at most 160 characters.');
      await page.getByLabel('Situation').fill('x'.repeat(155));
      await expect(note('situation')).toHaveText(/^This line is 155 characters \(over 150\)\./);
      await expect(note('situation')).not.toContainText('at most 160');

      // The parts' times add up to the whole: 16, 15, 17 and 12 words, about 25 s in all.
      const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
      await page.getByLabel('Situation').fill(words(16));
      await page.getByLabel('Task').fill(words(15));
      await page.getByLabel('Action').fill(words(17));
      await page.getByLabel('Result').fill(words(12));
      const timing = page.locator('story-editor [data-timing]');
      await expect(timing).toContainText('Your answer takes about 25 s');
      const parts = [...((await timing.textContent()) ?? '').matchAll(/(\d+) s \((\d+)%\)/g)];
      expect(parts.map(([, seconds]) => Number(seconds!)).reduce((a, b) => a + b, 0)).toBe(25);
      expect(parts.map(([, , share]) => Number(share!)).reduce((a, b) => a + b, 0)).toBe(100);

      // A box grows with its text: nothing hidden inside it.
      const action = page.getByLabel('Action');
      const before = (await action.boundingBox())!.height;
      await action.fill(Array.from({ length: 6 }, () => 'I cut work in progress to three items and paired with the lead each morning.').join('\n'));
      await expect.poll(async () => (await action.boundingBox())!.height).toBeGreaterThan(before);
      expect(await action.evaluate((box: HTMLTextAreaElement) => box.scrollHeight - box.clientHeight)).toBeLessThanOrEqual(1);

      // Save now says so beside itself, on the screen where the press was.
      const save = page.getByRole('button', { name: 'Save now' });
      await save.scrollIntoViewIfNeeded();
      await press(save);
      const said = page.locator('story-editor [data-save-status]');
      await expect(said).toHaveText(/^Saved on this device at /);
      await expect(said).toBeInViewport();
      await expect(save).toBeInViewport();
      await noAxeViolations(page, 'the editor, saved with Save now');
    });

    test('a search result’s excerpt begins after its title and question, never repeating them', async ({ page }) => {
      await page.goto('/search/?q=matrixed');
      const result = page.getByRole('main').getByRole('listitem').first();
      await expect(result.getByRole('link')).toHaveText('Navigating Conflict in a Matrixed Organization');
      const [question, excerpt] = [result.locator('p').nth(0), result.locator('p').nth(1)];
      await expect(question).toHaveText(/^Tell me about a time you had a significant disagreement/);
      await expect(excerpt.locator('mark').first()).toHaveText(/^matrixed$/i);
      await expect(excerpt).not.toContainText('Navigating Conflict');
      await expect(excerpt).not.toContainText('Tell me about a time');
      await expect(excerpt).not.toContainText('STAR story');
    });
  });
}
