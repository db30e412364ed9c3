import type { Page } from '@playwright/test';

/**
 * Records every CSP violation and console error of a page, from its first script on. Astro puts
 * its policy <meta> after the page's own head elements, where it cannot cover the inline head
 * script, so each page is also served with the same policy as an HTTP header, as a host would send it.
 */
export async function watch(page: Page) {
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

