import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './site.ts';

/**
 * Records every CSP violation and console error of a page, from its first script on. Astro puts
 * its policy <meta> after the page's own head elements, where it cannot cover the inline head
 * script, so each page is also served with the same policy as an HTTP header, as a host would send it.
 */
async function watch(page: Page) {
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    if (!response.headers()['content-type']?.includes('text/html')) return route.fulfill({ response });
    const body = await response.text();
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(body)?.[1];
    const headers = { ...response.headers(), ...(policy && { 'content-security-policy': policy.replaceAll('&#39;', "'") }) };
    await route.fulfill({ response, body, headers });
  });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('404')) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  await page.exposeFunction('reportViolation', (text: string) => problems.push(`csp: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return problems;
}

test('every page carries a policy without unsafe-inline for scripts, and loads without a violation', async ({ page }) => {
  const problems = await watch(page);
  for (const path of builtPages()) {
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy, path).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(policy, path).not.toContain('unsafe-inline');
    await page.waitForLoadState('networkidle');
  }
  expect(problems).toEqual([]);
});

test('under the policy the head script, every island and search all run', async ({ page }) => {
  const problems = await watch(page);
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('study:theme', 'dark');
      localStorage.setItem('study:practice', 'on');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/questions/managing-managers/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Reveal the answer' }).click();
  await expect(page.getByRole('button', { name: 'Hide the answer' })).toBeVisible();
  await page.getByRole('switch', { name: 'Practice mode' }).click();
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  await page.goto('/');
  await expect(page.getByText('None of 5 practised yet')).toBeVisible();
  await page.goto('/practice/');
  await page.getByRole('button', { name: 'Reveal answer' }).click();
  await page.getByRole('button', { name: 'Nailed it' }).click();
  await expect(page.getByText('1 of 5 practised, 1 nailed it')).toBeVisible();
  await page.goto('/cheat-sheet/');
  await page.getByRole('checkbox', { name: 'On my sheet' }).first().uncheck();
  await expect(page.getByRole('article').first()).toHaveAttribute('data-off', '');

  await page.goto('/search/?q=paved+road');
  await expect(page.getByRole('status')).toHaveText('1 result for “paved road”');
  expect(problems).toEqual([]);
});
