import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AXE_TAGS, builtPages, publishedEntries, questionPages } from './helpers/site.ts';
import { test as seedTest } from './helpers/seed.ts';

// Phones first: the commute and the lobby before the interview happen on one.
const pages = builtPages();
const [questionPage] = questionPages();
const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } as const;

/** How far the page scrolls sideways (0: it reflows, WCAG 1.4.10). */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const width of [320, 390]) {
  test(`no page scrolls sideways at ${width} px`, async ({ browser, baseURL }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({ baseURL: baseURL!, viewport: { width, height: 800 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of pages) {
      await page.goto(path);
      const overflow = await sideways(page);
      if (overflow > 0) wide.push(`${path}: ${overflow} px too wide`);
    }
    expect(wide).toEqual([]);
    await context.close();
  });
}

test('on a short screen (a phone on its side, or zoomed) the destinations stay in the header, taking none of its height', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL!, viewport: { width: 390, height: 400 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  expect(await nav.evaluate((element) => getComputedStyle(element).position)).toBe('static');
  const box = await nav.boundingBox();
  expect(box!.y).toBeLessThan(120);
  await context.close();
});

test('at 200% zoom on a 1280 px window (640 CSS px) no page scrolls sideways', async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ baseURL: baseURL!, viewport: { width: 640, height: 400 } });
  const page = await context.newPage();
  const wide: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    if ((await sideways(page)) > 0) wide.push(path);
  }
  expect(wide).toEqual([]);
  await context.close();
});

test.describe('on a 390 × 844 touch screen', () => {
  test.use(phone);

  test('on every page the five destinations wait in a bar at the foot, within thumb reach, and the header is short', async ({ page }) => {
    test.setTimeout(90_000);
    const problems: string[] = [];
    for (const path of pages) {
      await page.goto(path);
      const height = await page.locator('.site-header .bar').evaluate((bar) => bar.getBoundingClientRect().height);
      if (height > 64) problems.push(`${path}: header ${Math.round(height)} px`);
      // The lowest 120 px of the screen is where a thumb holding the phone reaches; every link whole, none off the side.
      const links = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').evaluateAll((all) =>
        all.map((a) => ({ name: a.textContent!.trim(), ...a.getBoundingClientRect().toJSON() }) as { name: string; top: number; bottom: number; left: number; right: number; height: number }),
      );
      if (links.length !== 5) problems.push(`${path}: ${links.length} destinations`);
      for (const link of links) {
        if (link.top < 844 - 120 || link.bottom > 844 || link.left < 0 || link.right > 390 || link.height < 44) problems.push(`${path}: ${link.name} at ${JSON.stringify(link)}`);
      }
    }
    expect(problems).toEqual([]);
    // In the installed app (no browser bar, no back button) the way back is a tap: home, or a place
    // within; the rest under More, at the top.
    await page.goto(questionPage!);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link')).toHaveText(['Home', 'Practice', 'Mock interview', 'My stories', 'Search']);
    await nav.getByRole('link', { name: 'Home' }).tap();
    await expect(page).toHaveURL(/\/$/);
    await nav.getByRole('link', { name: 'Search' }).tap();
    await expect(page).toHaveURL(/\/search\/$/);
    const more = page.getByRole('navigation', { name: 'More' });
    expect((await more.boundingBox())!.y).toBeLessThan(60);
    await more.getByText('More', { exact: true }).tap();
    await more.getByRole('link', { name: 'Topics' }).tap();
    await expect(page).toHaveURL(/\/topics\/$/);
    // The foot of the page scrolls clear of the bar: the footer's last line ends above it.
    await page.mouse.wheel(0, 10_000);
    const footer = await page.locator('.site-footer').boundingBox();
    const bar = await nav.boundingBox();
    expect(footer!.y + footer!.height).toBeLessThanOrEqual(bar!.y + 1);
  });

  test('links and buttons in the header, buttons, and check boxes and radio buttons with their labels are at least 44 px tall', async ({ page }) => {
    test.setTimeout(120_000);
    const offenders: string[] = [];
    for (const path of pages) {
      await page.goto(path);
      // The practice bar and the panels open too: their controls count as much as the rest.
      if (path === '/practice/') {
        await page.getByRole('button', { name: 'Reveal answer' }).tap();
        // The options, with the order's radio buttons (Due first, Weakest first).
        await page.locator('summary', { hasText: 'Order and topics' }).tap();
        await expect(page.getByRole('radio', { name: 'Weakest first' })).toBeVisible();
      }
      const small = await page.evaluate(() => {
        const visible = (element: Element) => {
          const box = element.getBoundingClientRect();
          return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
        };
        const name = (element: Element) => `${element.tagName.toLowerCase()} “${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 30)}”`;
        const targets = [
          ...document.querySelectorAll('.site-header a, .site-header button, main button, footer button, summary, .skip-link:focus'),
          ...[...document.querySelectorAll('input:is([type=checkbox], [type=radio])')].map((box) => box.closest('label') ?? box),
        ];
        return targets
          .filter(visible)
          .map((element) => ({ element, height: element.getBoundingClientRect().height }))
          .filter(({ height }) => height < 43.5)
          .map(({ element, height }) => `${name(element)} ${height.toFixed(1)} px`);
      });
      offenders.push(...small.map((offender) => `${path}: ${offender}`));
    }
    expect(offenders).toEqual([]);
  });

  test('practice: after Reveal the rating, Next and the timer wait at the foot of the screen, above nothing of the answer', async ({ page }) => {
    await page.goto('/practice/');
    await page.getByRole('button', { name: 'Reveal answer' }).tap();
    const bar = page.locator('practice-session .controls');
    const rating = page.getByRole('button', { name: 'Nailed it' });
    await expect(rating).toBeInViewport();
    await expect(page.getByRole('button', { name: 'Next', exact: true })).toBeInViewport();
    await expect(page.getByRole('timer')).toBeInViewport();
    // It stands on the bar of destinations, not behind it.
    const box = await bar.boundingBox();
    const destinations = await page.getByRole('navigation', { name: 'Main' }).boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(destinations!.y + 1);
    expect(box!.y).toBeGreaterThan(844 - 320);
    // While the answer is read, what stays fixed at the foot is slim: two rows of buttons, and the
    // answer keeps at least 70% of the screen above it (the header scrolls away).
    await page.locator('.card[data-current] .answer').evaluate((answer) => answer.scrollIntoView({ block: 'start', behavior: 'instant' }));
    const reading = (await bar.boundingBox())!;
    expect(reading.height).toBeLessThanOrEqual(2 * 44 + 32);
    expect(reading.y / 844).toBeGreaterThanOrEqual(0.7);
    await expect(page.getByRole('button', { name: 'Getting there' })).toHaveJSProperty('offsetHeight', 44);
    // At the end of the card, its last line is above the bar, not under it (once the answer has come from its page).
    const lastLine = page.locator('.card[data-current] .prose > :last-child');
    await expect(lastLine).toBeAttached();
    await page.evaluate(() => scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
    await expect
      .poll(async () => {
        const [line, barNow] = await Promise.all([lastLine.boundingBox(), bar.boundingBox()]);
        return line!.y + line!.height - (barNow!.y + 1);
      })
      .toBeLessThanOrEqual(0);
    await rating.tap();
    await expect(page.getByText(`1 of ${publishedEntries().length} practised, 1 nailed it`)).toBeVisible();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing at 390 px in ${colorScheme}, the practice bar showing included`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme });
      const found: string[] = [];
      for (const path of ['/', questionPage!, '/practice/', '/search/?q=team', '/topics/', '/cheat-sheet/']) {
        await page.goto(path);
        if (path === '/practice/') {
        await page.getByRole('button', { name: 'Reveal answer' }).tap();
        // The options, with the order's radio buttons (Due first, Weakest first).
        await page.locator('summary', { hasText: 'Order and topics' }).tap();
        await expect(page.getByRole('radio', { name: 'Weakest first' })).toBeVisible();
      }
        const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        found.push(...violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
      }
      expect(found).toEqual([]);
    });
  }
});

test('with WCAG 1.4.12 text spacing, nothing is clipped and nothing overflows its box', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  // The overrides are a user style sheet in real life: here an injected one, which the page's policy would block.
  const context = await browser.newContext({ baseURL: baseURL!, ...phone, bypassCSP: true });
  const page = await context.newPage();
  const problems: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    await page.addStyleTag({
      content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }',
    });
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((element) => {
          const style = getComputedStyle(element);
          // Hidden on purpose (a file input under its label, text for screen readers) or made to scroll.
          if (style.display === 'none' || style.opacity === '0' || element.closest('.visually-hidden, [hidden], .scroller, nav ul, textarea')) return false;
          // Content that does not fit a box that hides or scrolls it is text the reader loses.
          const hides = /hidden|clip|auto|scroll/.test(style.overflowX + style.overflowY);
          return hides && (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1);
        })
        .map((element) => `${element.tagName.toLowerCase()}.${element.className} ${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight}`),
    );
    problems.push(...clipped.map((problem) => `${path}: ${problem}`));
    const overflow = await sideways(page);
    if (overflow > 0) problems.push(`${path}: ${overflow} px sideways`);
  }
  expect(problems).toEqual([]);
  await context.close();
});

// A search with results needs particular entries: the seed site's.
seedTest.describe('on a 390 × 844 touch screen, on the seed site', () => {
  seedTest.use(phone);

  seedTest('a search shows its first result on the first screen; the filters fold into a line that counts them', async ({ page }) => {
    await page.goto('/search/?q=paved+road&topic=conflict');
    const first = page.getByRole('main').getByRole('listitem').first();
    await expect(first).toBeVisible();
    const top = await first.evaluate((item) => item.getBoundingClientRect().top);
    expect(top).toBeLessThan(844 - 60);
    await expect(page.getByText('Filter by topic (1 on)')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: /^Conflict/ })).toBeHidden();
    await page.getByText('Filter by topic').tap();
    await page.getByRole('checkbox', { name: /^Influence/ }).check();
    await expect(page.getByText('Filter by topic (2 on)')).toBeVisible();
    await expect(page.getByRole('status')).toContainText('on Influence or Conflict resolution');
  });
});
