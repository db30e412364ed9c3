// The question page's own elements: the reveal buttons and the practice-mode switch. Kept out of the
// site-wide module so the pages that have neither (practice above all) do not carry them.
import './elements/reveal-answer.ts';
import './elements/practice-switch.ts';
