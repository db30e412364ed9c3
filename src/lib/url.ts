/**
 * The one way to build an internal URL. It prefixes Astro's `base`, so the site
 * works at the root of a host and under a sub-path (`BASE_PATH=/prep/ npm run build`).
 * Paths are written without the base: `url('questions/managing-managers/')`.
 */
export function url(path = '', base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

/** The page URL of one question. */
export function questionUrl(id: string): string {
  return url(`questions/${id}/`);
}
