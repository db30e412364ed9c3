import { lazyElement } from '../lazy.ts';

// The footer's <offline-status> registers the service worker. Its code loads once the page has
// loaded, as Workbox advises for the registration itself: installing the worker (it fetches the
// whole site) must not compete with the page. Where service workers do not exist, or under
// `npm run dev`, nothing loads.
if (import.meta.env.PROD && 'serviceWorker' in navigator && document.querySelector('offline-status')) {
  const load = () => void lazyElement('offline-status');
  if (document.readyState === 'complete') load();
  else addEventListener('load', load, { once: true });
}
