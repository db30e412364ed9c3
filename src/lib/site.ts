import { url } from './url.ts';

/** Shown in the header and after every page title. */
export const SITE_NAME = 'Soft Skills & Leadership';

export interface NavItem {
  href: string;
  label: string;
  /** Other addresses that belong to this destination: the link is marked as their section. */
  within: string[];
}

/** The header's links, in order. */
export function navItems(): NavItem[] {
  return [
    { href: url(''), label: 'Questions', within: [url('questions/'), url('rounds/'), url('bank/')] },
    { href: url('practice/'), label: 'Practice', within: [url('interview/'), url('stories/')] },
    { href: url('topics/'), label: 'Topics', within: [] },
    { href: url('cheat-sheet/'), label: 'Cheat sheet', within: [] },
    { href: url('search/'), label: 'Search', within: [] },
  ];
}

/** How a destination's link is marked on the page at `here`: the page itself, a page within it, or neither. */
export function currentMark(item: NavItem, here: string): 'page' | 'true' | undefined {
  if (item.href === here) return 'page';
  const home = url('');
  const inside = (start: string) => start !== home && here.startsWith(start);
  return inside(item.href) || item.within.some(inside) ? 'true' : undefined;
}
