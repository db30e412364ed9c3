/**
 * The site's icons, from Lucide (lucide-static, ISC), read at build and written into the page as
 * SVG: no icon font, no script, nothing fetched. Each is drawn with the text's colour
 * (currentColor) by the `.icon` rule (Icon.astro), which also carries what every Lucide
 * icon shares (no fill, a 2 px round stroke), so each copy in a page is its shapes alone.
 */
import book from 'lucide-static/icons/book.svg?raw';
import circleHelp from 'lucide-static/icons/circle-help.svg?raw';
import galleryVerticalEnd from 'lucide-static/icons/gallery-vertical-end.svg?raw';
import mic from 'lucide-static/icons/mic.svg?raw';
import printer from 'lucide-static/icons/printer.svg?raw';

const SOURCES = {
  book,
  'circle-help': circleHelp,
  'gallery-vertical-end': galleryVerticalEnd,
  mic,
  printer,
};

export type IconName = keyof typeof SOURCES;

/** An icon's shapes, from its Lucide file: what is inside its <svg>, on one line. */
export function iconShapes(source: string): string {
  const inner = /<svg[^>]*>([\s\S]*)<\/svg>/.exec(source)?.[1];
  if (!inner) throw new Error('Not an SVG file');
  return inner.trim().replace(/\s*\n\s*/g, '').replace(/\s*\/>/g, '/>');
}

/** The icon as inline SVG, hidden from assistive technology: the words beside it say what it means. */
export const iconSvg = (name: IconName): string => `<svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${iconShapes(SOURCES[name])}</svg>`;
