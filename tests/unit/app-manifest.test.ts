import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICONS, THEME_COLORS, appManifest, shortName } from '../../src/lib/app-manifest.ts';
import { formatHeaders, policyOf } from '../../src/lib/headers-file.ts';

describe('the web app manifest', () => {
  it('takes its names from the round’s title, a short one for the home screen', () => {
    expect(shortName('Soft Skills & Leadership')).toBe('Soft Skills');
    expect(shortName('Technical Vision')).toBe('Technical…');
    expect(shortName('Strategy')).toBe('Strategy');
    expect(shortName('System Design: the round')).toBe('System…');
  });

  it('opens standalone on the home page, within the base path, with 192, 512 and maskable icons', () => {
    const manifest = appManifest('Soft Skills & Leadership', 'Five answers.', '/prep/');
    expect(manifest).toMatchObject({ name: 'Soft Skills & Leadership', short_name: 'Soft Skills', start_url: '/prep/', scope: '/prep/', display: 'standalone' });
    expect(manifest.icons).toEqual([
      { src: '/prep/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/prep/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/prep/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ]);
    expect(ICONS).toHaveLength(3);
  });

  it('uses the light theme’s background, and the colours are the page’s own tokens', () => {
    const tokens = readFileSync(join(import.meta.dirname, '../../src/styles/tokens.css'), 'utf8');
    expect(tokens).toContain(`--color-bg: light-dark(${THEME_COLORS.light}, ${THEME_COLORS.dark});`);
    expect(appManifest('A', 'B', '/')).toMatchObject({ background_color: THEME_COLORS.light, theme_color: THEME_COLORS.light });
  });
});

describe('the _headers file', () => {
  const policy = "default-src 'self'; script-src 'self' 'sha256-abc='";
  const text = formatHeaders('/prep/', [{ path: '', policy }, { path: 'practice/', policy: `${policy} 'sha256-def='` }], ['sw.js']);

  it('sends each page’s own policy as a header, with framing forbidden', () => {
    expect(text).toContain(`/prep/\n  Content-Security-Policy: ${policy}; frame-ancestors 'none'\n  Cache-Control: no-cache`);
    expect(text).toContain(`/prep/practice/\n  Content-Security-Policy: ${policy} 'sha256-def='; frame-ancestors 'none'\n  Cache-Control: no-cache`);
  });

  it('caches hashed assets for a year, and revalidates the worker', () => {
    expect(text).toContain('/prep/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(text).toContain('/prep/sw.js\n  Cache-Control: no-cache');
  });

  it('reads a page’s policy back from its meta tag, entities decoded', () => {
    expect(policyOf(`<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;">`)).toBe("default-src 'self'");
    expect(policyOf('<p>no policy</p>')).toBeUndefined();
  });
});
