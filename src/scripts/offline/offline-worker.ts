// A build of its own (as lazy.ts explains), not a module in the on-demand list: every page loads it,
// and the list would come with it.
import statusUrl from './offline-status.ts?worker&url';

// The footer's <offline-status> registers the service worker. Its code loads once the page has
// loaded, as Workbox advises for the registration itself: installing the worker (it fetches the
// whole site) must not compete with the page. Where service workers do not exist, or under
// `npm run dev`, nothing loads. A module script runs before the page's load event, always.
if (import.meta.env.PROD && 'serviceWorker' in navigator && document.querySelector('offline-status')) {
  addEventListener('load', () => import(/* @vite-ignore */ statusUrl));
}
