// The question page's own elements: the reveal buttons, the practice-mode switch and the Rehearse
// panel's opening. Kept out of the site-wide module so the pages that have none do not carry them.
import './practice/reveal-answer.ts';
import './practice/practice-switch.ts';
import { openRehearsal } from './shared/lazy.ts';

// Two panels: the answer at its length, and its short version, whose body is put in on its first
// opening (RehearsePanel.astro's <template>: until then the page has one panel's controls). As the
// story page does (story-page.ts): a module shared by the two would be a request of its own on each.
for (const details of document.querySelectorAll('rehearse-panel details')) {
  details.addEventListener('toggle', (event) => {
    const later = details.querySelector('template');
    later?.replaceWith(later.content);
    openRehearsal(event);
  });
}
