// `npm run shots`: screenshots of the main pages at 390 and 1280 px wide, in light and dark, into
// .cache/shots/ (not committed), for a person to look at before calling a change done.
// Run `npm run build` first; `-- --no-full` takes the first screen only.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from './project-root.ts';
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
];
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
    }
  }
});
console.log(`Wrote ${PAGES.length + 1} pages × ${WIDTHS.length} widths × 2 themes to ${out}`);
