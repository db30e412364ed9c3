// The custom elements used across the site, in one module: one request and one gzip stream
// instead of a file per element, which matters under a 5 KB budget. Each element upgrades only
// where its tag is on the page. Page-specific islands (practice session, search page, the question
// page's reveal buttons, the study plan) load their own. The Rehearse panel's is here, though few
// pages have one: a file of its own would cost those pages more than its few bytes cost the rest.
import './elements/theme-toggle.ts';
import './elements/rehearse-panel.ts';
import './elements/offline-worker.ts';
import './key-shortcuts.ts';
