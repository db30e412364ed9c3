// The question page's own elements: the reveal buttons, the practice-mode switch and the Rehearse
// panel's opening. Kept out of the site-wide module so the pages that have none do not carry them.
import './practice/reveal-answer.ts';
import './practice/practice-switch.ts';
import { openPanels } from './rehearsal/open-panels.ts';

// Two panels: the answer at its length, and its short version.
openPanels(document);
