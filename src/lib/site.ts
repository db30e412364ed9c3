import { url } from './url.ts';

/** Shown in the header and after every page title. */
export const SITE_NAME = 'Soft Skills & Leadership';

export interface NavItem {
  href: string;
  label: string;
  /** Other addresses that belong to this destination: the link is marked as their section. */
  within: string[];
}

/**
 * The header's destinations, in order (the phone's bar at the foot): what people come back for.
 * Each page within one marks it as its section.
 */
export function navItems(): NavItem[] {
  return [
    { href: url(''), label: 'Home', within: [] },
    // Moving your progress (import/) is one of practice's tools.
    { href: url('practice/'), label: 'Practice', within: [url('import/')] },
    { href: url('interview/'), label: 'Mock interview', within: [] },
    // What you write yourself: your stories, your opening (stories/?opening) and your questions for them.
    { href: url('stories/'), label: 'My stories', within: [url('your-questions/')] },
    { href: url('search/'), label: 'Search', within: [] },
  ];
}

/** The places used now and then, one tap further: under the header's More, and in the footer. */
export function moreItems(): NavItem[] {
  return [
    // The questions are listed on the home page (a round's own page when there are several).
    { href: url('#questions'), label: 'Questions', within: [url('questions/'), url('rounds/')] },
    { href: url('topics/'), label: 'Topics', within: [] },
    { href: url('cheat-sheet/'), label: 'Cheat sheet', within: [] },
    { href: url('bank/'), label: 'Unseen questions', within: [] },
  ];
}

/** How a destination's link is marked on the page at `here`: the page itself, a page within it, or neither. */
export function currentMark(item: NavItem, here: string): 'page' | 'true' | undefined {
  if (item.href === here) return 'page';
  const home = url('');
  const inside = (start: string) => start !== home && here.startsWith(start);
  return inside(item.href) || item.within.some(inside) ? 'true' : undefined;
}
