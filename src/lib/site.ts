import { url } from './url.ts';

/** Shown in the header and after every page title. */
export const SITE_NAME = 'Soft Skills & Leadership';

export interface NavItem {
  href: string;
  label: string;
}

/** The header's links, in order. */
export function navItems(): NavItem[] {
  return [
    { href: url(''), label: 'Questions' },
    { href: url('practice/'), label: 'Practice' },
    { href: url('topics/'), label: 'Topics' },
    { href: url('cheat-sheet/'), label: 'Cheat sheet' },
    { href: url('search/'), label: 'Search' },
  ];
}
