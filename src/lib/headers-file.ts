export interface PageHeaders {
  /** The page's path under the base: "" for the home page, "practice/". */
  path: string;
  /** The policy of its `<meta http-equiv="content-security-policy">` (each page hashes its own inline styles). */
  policy: string;
}

/**
 * The `_headers` file (Netlify, Cloudflare Pages): each page's content security policy sent as a
 * header, where it also covers the head script and can forbid framing; long caching for Astro's
 * hashed assets; no-cache for pages, the service worker and every file whose name does not change
 * when its content does, so a deploy reaches people at their next visit.
 */
export function formatHeaders(base: string, pages: readonly PageHeaders[], unhashed: readonly string[]): string {
  const rule = (path: string, ...headers: string[]) => [`${base}${path}`, ...headers.map((header) => `  ${header}`)].join('\n');
  return `${[
    '# Written by `npm run build` (src/integrations/offline.ts). Netlify and Cloudflare Pages read this file.',
    rule('*', 'X-Content-Type-Options: nosniff', 'Referrer-Policy: same-origin'),
    rule('_astro/*', 'Cache-Control: public, max-age=31536000, immutable'),
    ...pages.map(({ path, policy }) => rule(path, `Content-Security-Policy: ${policy}; frame-ancestors 'none'`, 'Cache-Control: no-cache')),
    ...unhashed.map((path) => rule(path, 'Cache-Control: no-cache')),
  ].join('\n\n')}\n`;
}

/** The policy of a built page's `<meta http-equiv="content-security-policy">`, as a header value. */
export function policyOf(html: string): string | undefined {
  const content = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
  return content?.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}
