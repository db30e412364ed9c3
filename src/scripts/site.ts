// The custom elements used across the site, in one module: one request and one gzip stream
// instead of a file per element, which matters under a 5 KB budget. Each element upgrades only
// where its tag is on the page. Page-specific islands (practice session, search page, the question
// page's reveal buttons, the study plan) load their own; so do the pages with a Rehearse panel
// (lazy.ts, openRehearsal), which most pages have not.
import './shared/theme-toggle.ts';
import './offline/offline-worker.ts';
import './shared/key-shortcuts.ts';
