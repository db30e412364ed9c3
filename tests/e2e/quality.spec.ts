import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { AXE_TAGS, builtPages, DIST, fileOf, publishedEntries } from './helpers/site.ts';

const pages = builtPages();

test('every page is built, one for each published entry', () => {
  const entries = publishedEntries().map(({ id }) => `/questions/${id}/`);
  expect(entries.length).toBeGreaterThan(0);
  expect(pages).toEqual(expect.arrayContaining(['/', '/404.html', '/practice/', '/search/', ...entries]));
});

// Both themes on one load of the page: the scheme switches in place, as the toggle does.
test.describe.configure({ mode: 'parallel' });
for (const path of pages) {
  test(`${path} has no axe violations in light and dark, and no console errors`, async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && !(path === '/404.html' && message.text().includes('404'))) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      const summary = violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
    }
    expect(problems).toEqual([]);
  });
}

test('every page passes html-validate (recommended)', async () => {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  for (const path of pages) {
    const report = await validator.validateString(readFileSync(fileOf(path), 'utf8'), path);
    const messages = report.results.flatMap((result) => result.messages.map((m) => `${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`));
    expect(messages).toEqual([]);
  }
});

test('every internal link and #anchor resolves', () => {
  const ids = new Map<string, Set<string>>();
  const html = new Map<string, string>();
  for (const path of pages) {
    const text = readFileSync(fileOf(path), 'utf8');
    html.set(path, text);
    ids.set(path, new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  }
  const broken: string[] = [];
  let checked = 0;
  for (const [path, text] of html) {
    for (const [, href] of text.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) {
      if (!href || /^[a-z]+:/i.test(href) || href.startsWith('//')) continue;
      const target = new URL(href, `http://site${path}`);
      const targetPath = target.pathname;
      checked++;
      const isPage = ids.has(targetPath);
      let exists = isPage;
      if (!isPage) {
        try {
          readFileSync(join(DIST, decodeURIComponent(targetPath)));
          exists = true;
        } catch {
          exists = false;
        }
      }
      if (!exists) broken.push(`${path} → ${href}`);
      else if (target.hash && !ids.get(targetPath)?.has(decodeURIComponent(target.hash.slice(1)))) broken.push(`${path} → ${href} (no such anchor)`);
    }
  }
  expect(checked).toBeGreaterThan(pages.length * 3);
  expect(broken).toEqual([]);
});
