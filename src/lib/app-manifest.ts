import { url } from './url.ts';

/** The light and dark page backgrounds (`--color-bg` in src/styles/tokens.css; a test keeps them equal). */
export const THEME_COLORS = { light: '#fbfaf7', dark: '#15171a' } as const;

/** The icons generated at build from public/favicon.svg (src/pages/icons/[icon].png.ts). */
export const ICONS = [
  { name: 'icon-192', size: 192, purpose: 'any' },
  { name: 'icon-512', size: 512, purpose: 'any' },
  { name: 'maskable-512', size: 512, purpose: 'maskable' },
] as const;

/** A home-screen label: the title when it fits (12 characters), else its first part, else as
 * many whole words as fit, with an ellipsis. */
export function shortName(title: string): string {
  if (title.length <= 12) return title;
  const first = title.split(/\s+(?:&|and|–|—|-)\s+|:\s*/)[0]!.trim();
  if (first.length <= 12) return first;
  let words = '';
  for (const word of first.split(/\s+/)) {
    if (`${words} ${word}`.trim().length > 11) break;
    words = `${words} ${word}`.trim();
  }
  return `${words || first.slice(0, 11)}…`;
}

/** The web app manifest: installable, opening on the round's home page, under the base path. */
export function appManifest(title: string, description: string, base: string = import.meta.env.BASE_URL) {
  return {
    name: title,
    short_name: shortName(title),
    description,
    id: url('', base),
    start_url: url('', base),
    scope: url('', base),
    display: 'standalone',
    background_color: THEME_COLORS.light,
    theme_color: THEME_COLORS.light,
    icons: ICONS.map(({ name, size, purpose }) => ({ src: url(`icons/${name}.png`, base), sizes: `${size}x${size}`, type: 'image/png', purpose })),
  };
}
