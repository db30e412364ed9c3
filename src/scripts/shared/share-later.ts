// The value every tab shares (src/lib/shared-value.ts) as a build of its own, for a page that needs
// it only from its first change (the mock interview's set-up): a page's first load stays without it.
// Loaded with share-later.ts?worker&url, as practice loads reveal-and-rate.ts.
export { shareValue } from '../../lib/shared-value.ts';
