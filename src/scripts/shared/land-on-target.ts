// A link to a place inside a page (/bank/#q-budget-cut) lands there; then the page's own content
// arrives (your stories, choices, gaps: what only this device knows), and what it adds above the
// place pushes it off the screen. Once that content has come, the place is brought into view again,
// once, unless the person has scrolled (or pressed, or typed) since. Imported by the elements that
// add such content, so pages without them carry none of it.

/** Whether the person has moved the page since it loaded: then it stays where they put it. */
let moved = false;
for (const type of ['wheel', 'touchmove', 'keydown', 'pointerdown']) addEventListener(type, () => (moved = true), { capture: true, passive: true, once: true });

/** `root`'s own content has come: it says so (`data-arrived`, which tests wait for), and the address's target is in view again. */
export function contentArrived(root: HTMLElement): void {
  root.toggleAttribute('data-arrived', true);
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (target && !moved) target.scrollIntoView();
}
