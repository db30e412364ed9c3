// The question page's own elements: the reveal buttons, the practice-mode switch and the Rehearse
// panel's opening. Kept out of the site-wide module so the pages that have none do not carry them.
import './practice/reveal-answer.ts';
import './practice/practice-switch.ts';
import { openRehearsal } from './shared/lazy.ts';

// Two panels: the answer at its length, and its short version, whose recorder is put in on its first
// opening (until then the page has one panel's controls).
for (const details of document.querySelectorAll('rehearse-panel details')) {
  details.addEventListener('toggle', (event) => {
    const later = details.querySelector('template');
    later?.replaceWith(later.content);
    openRehearsal(event);
  });
}
