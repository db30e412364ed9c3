import { expect, test } from '@playwright/test';
import { builtPages } from './helpers/site.ts';

// The way around (issue 36): five destinations in the header (the phone's bar at the foot), four
// more under More and in the footer. Every built page, whatever entries the site has.
const pages = builtPages();

/** Each place, where it is, and the addresses that belong to it (its pages and sub-pages). */
const PLACES = [
  { name: 'Home', href: '/', within: /^\/$/ },
  { name: 'Practice', href: '/practice/', within: /^\/(practice|import)\// },
  { name: 'Mock interview', href: '/interview/', within: /^\/interview\// },
  { name: 'My stories', href: '/stories/', within: /^\/(stories|your-questions)\// },
  { name: 'Search', href: '/search/', within: /^\/search\// },
  { name: 'Questions', href: '/#questions', within: /^\/(questions|rounds)\//, more: true },
  { name: 'Topics', href: '/topics/', within: /^\/topics\//, more: true },
  { name: 'Cheat sheet', href: '/cheat-sheet/', within: /^\/cheat-sheet\//, more: true },
  { name: 'Unseen questions', href: '/bank/', within: /^\/bank\//, more: true },
];
const MAIN = PLACES.filter((place) => !place.more);
const MORE = PLACES.filter((place) => place.more);

test('every page marks where it is, and only that: the place itself (page), or the one it sits within (true); More marked too for its own', async ({ page }) => {
  test.setTimeout(120_000);
  const wrong: string[] = [];
  let marked = 0;
  for (const path of pages) {
    await page.goto(path);
    const place = PLACES.find((candidate) => candidate.within.test(path));
    const expected = place ? [`${place.name}: ${path === place.href ? 'page' : 'true'}`] : [];
    const found = await page.locator('.site-header nav a[aria-current]').evaluateAll((links) => links.map((a) => `${a.textContent!.trim()}: ${a.getAttribute('aria-current')}`));
    if (JSON.stringify(found) !== JSON.stringify(expected)) wrong.push(`${path}: ${found.join(', ') || 'none'} (expected ${expected.join(', ') || 'none'})`);
    const more = await page.getByRole('navigation', { name: 'More' }).locator('details').evaluate((details) => details.hasAttribute('data-current'));
    if (more !== !!place?.more) wrong.push(`${path}: More ${more ? 'marked' : 'not marked'}`);
    marked += expected.length;
  }
  expect(wrong).toEqual([]);
  // The check saw pages of each kind: all but the offline and not-found pages belong somewhere.
  expect(marked).toBeGreaterThanOrEqual(pages.length - 2);
});

test('from every page each place is at most two taps away: five in the header, four under More and in the footer', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of pages) {
    await page.goto(path);
    const main = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
    await expect(main, path).toHaveText(MAIN.map((place) => place.name));
    expect(await main.evaluateAll((links) => links.map((a) => a.getAttribute('href'))), path).toEqual(MAIN.map((place) => place.href));
    const more = page.getByRole('navigation', { name: 'More' });
    await expect(more.getByRole('link', { includeHidden: true }), path).toHaveText(MORE.map((place) => place.name));
    const footer = page.getByRole('contentinfo').getByRole('navigation').getByRole('link');
    await expect(footer, path).toHaveText(MORE.map((place) => place.name));
    expect(await footer.evaluateAll((links) => links.map((a) => a.getAttribute('href'))), path).toEqual(MORE.map((place) => place.href));
  }
});

test('More opens without JavaScript, and each of its places is a tap away; Questions leads to the list of questions', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL!, javaScriptEnabled: false });
  const page = await context.newPage();
  for (const place of MORE) {
    await page.goto('/search/');
    const more = page.getByRole('navigation', { name: 'More' });
    await expect(more.getByRole('link', { name: place.name, exact: true })).toBeHidden();
    await more.getByText('More', { exact: true }).click();
    await more.getByRole('link', { name: place.name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${place.href.replace(/[/#]/g, '\\$&')}$`));
    if (place.name === 'Questions') await expect(page.locator('#questions').getByRole('heading').first()).toBeVisible();
  }
  await context.close();
});

test('the current place shows by more than colour: weight, a tinted pill and a bar; More too when it holds the page', async ({ page }) => {
  const style = (link: ReturnType<typeof page.locator>) =>
    link.evaluate((element) => {
      const s = getComputedStyle(element);
      return { weight: Number(s.fontWeight), background: s.backgroundColor, shadow: s.boxShadow };
    });
  await page.goto('/interview/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  const current = await style(nav.getByRole('link', { name: 'Mock interview' }));
  const other = await style(nav.getByRole('link', { name: 'Practice' }));
  expect(current.weight).toBeGreaterThan(other.weight);
  expect(current.background).not.toBe(other.background);
  expect(current.shadow).not.toBe('none');
  await page.goto('/topics/');
  const summary = page.getByRole('navigation', { name: 'More' }).locator('summary');
  const marked = await style(summary);
  await page.goto('/search/');
  const plain = await style(summary);
  expect(marked.background).not.toBe(plain.background);
  expect(marked.shadow).not.toBe('none');
});
