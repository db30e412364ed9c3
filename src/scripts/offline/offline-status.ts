// <offline-status>, in the footer: registers the service worker, says "Available offline" once the
// site is on the device, and offers "Reload" when a new version has installed in the background.
// Loaded on demand once the page has loaded (src/scripts/offline/offline-worker.ts).
export class OfflineStatus extends HTMLElement {
  #connection?: AbortController;

  connectedCallback() {
    navigator.serviceWorker.register(this.dataset['worker']!, { scope: this.dataset['scope']! }).then(
      // A browser (or a test) that blocks service workers answers with no registration at all.
      (registration: ServiceWorkerRegistration | undefined) => registration && this.#watch(registration),
      (error: unknown) => console.error('The offline copy could not be set up:', error),
    );
    document.addEventListener('click', saveThroughWorker, { signal: (this.#connection = new AbortController()).signal });
  }

  disconnectedCallback() {
    this.#connection!.abort();
  }

  #watch(registration: ServiceWorkerRegistration) {
    // An active worker has precached everything: the site opens without a network. Unless the
    // browser has since evicted the caches: then the worker steps aside, and the next visit installs
    // it afresh with everything saved again.
    void navigator.serviceWorker.ready.then(async (ready) => {
      if ((await caches.keys()).some((name) => name.startsWith('workbox-precache'))) this.querySelector('[data-ready]')!.toggleAttribute('data-on', true);
      else void ready.unregister();
    });
    // A new version waits until the person reloads, so pages and search index come from one build.
    const offer = (worker: ServiceWorker) => {
      if (!navigator.serviceWorker.controller) return;
      const prompt = this.querySelector<HTMLElement>('[data-update]')!;
      prompt.hidden = false;
      prompt.querySelector('button')!.onclick = () => {
        navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
        worker.postMessage({ type: 'SKIP_WAITING' });
      };
    };
    if (registration.waiting) offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      let installed = false;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed') {
          installed = true;
          offer(worker);
        }
        // A file of the new build could not be fetched: the version in use stays in charge.
        else if (worker.state === 'redundant' && !installed) console.error('A new version could not be saved for offline use; the current one stays.');
      });
    });
  }
}

/**
 * Browsers fetch an `<a download>` file past the service worker, so offline it fails. Where a worker
 * controls the page, the file is read through it (from the device) and saved from memory instead.
 */
function saveThroughWorker(event: MouseEvent) {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a[download]');
  if (!link || !navigator.serviceWorker.controller || !link.href.startsWith(location.origin)) return;
  event.preventDefault();
  fetch(link.href)
    .then((response) => response.blob())
    .then((blob) => {
      const copy = document.createElement('a');
      copy.href = URL.createObjectURL(blob);
      copy.download = link.download || link.pathname.split('/').pop()!;
      copy.click();
      setTimeout(() => URL.revokeObjectURL(copy.href), 1000);
    })
    .catch(() => (location.href = link.href));
}

customElements.define('offline-status', OfflineStatus);
