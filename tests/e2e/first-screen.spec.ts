import type { Locator, Page } from '@playwright/test';
import { expect, test } from './helpers/seed.ts';

// Each page's main action is on its first screen, with no scrolling, on a phone and a laptop.
const SCREENS = [
  { name: 'a phone', width: 390, height: 844 },
  { name: 'a laptop', width: 1280, height: 800 },
];

const MAIN_ACTIONS: [string, string, (page: Page) => Locator[]][] = [
  // The mock interview is one of the destinations, on every page's first screen.
  ['/', 'home: the interview date asked for openly, today’s session, your progress', (page) => [
    page.getByLabel('Date', { exact: true }),
    page.getByRole('link', { name: 'Start today’s session' }),
    page.locator('[data-progress-summary]'),
  ]],
  ['/questions/managing-managers/', 'a question: the question, Practice mode, Rehearse aloud', (page) => [
    page.locator('.question-page .question'),
    page.getByRole('switch', { name: 'Practice mode' }),
    page.getByRole('link', { name: 'Rehearse it aloud' }),
  ]],
  ['/practice/', 'practice: the card’s question and Reveal', (page) => [page.locator('.card[data-current] .question'), page.getByRole('button', { name: 'Reveal answer' })]],
  ['/interview/', 'the mock interview: Start, with the set-up', (page) => [page.locator('[data-summary]'), page.getByRole('button', { name: 'Start the interview' })]],
  ['/search/?q=team', 'search: the box and the first result', (page) => [page.getByRole('searchbox').last(), page.locator('[data-results] li').first()]],
  ['/cheat-sheet/', 'the cheat sheet: Print and the sheet’s start', (page) => [page.getByRole('button', { name: /^Print/ }), page.getByRole('heading', { level: 1 })]],
  ['/practice/which-story/', 'the drill: the question and the stories', (page) => [page.locator('which-story [data-question]'), page.locator('which-story [data-story]').first()]],
  ['/bank/', 'unseen questions: the drill’s way in', (page) => [page.getByRole('link', { name: 'Which story would you tell?' })]],
];

for (const screen of SCREENS) {
  test.describe(`on ${screen.name} (${screen.width}×${screen.height})`, () => {
    test.use({ viewport: { width: screen.width, height: screen.height } });
    for (const [path, what, actions] of MAIN_ACTIONS) {
      test(what, async ({ page }) => {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        // On a phone the bar of destinations covers the foot of the screen: what is under it is not seen.
        const nav = (await page.getByRole('navigation', { name: 'Main' }).boundingBox())!;
        const seen = nav.y > screen.height / 2 ? nav.y : screen.height;
        for (const action of actions(page)) {
          await expect(action).toBeVisible();
          const box = (await action.boundingBox())!;
          expect(box.y + box.height, `${await action.evaluate((e) => e.outerHTML.slice(0, 80))} ends within the first screen`).toBeLessThanOrEqual(seen);
          expect(await page.evaluate(() => scrollY), 'nothing scrolled').toBe(0);
        }
      });
    }
  });
}

// Where you are in the navigation, on every page and by more than colour: navigation.spec.ts.
