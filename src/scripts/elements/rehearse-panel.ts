// The Rehearse panel's first-load part: one listener. The recorder (its analysis, its storage)
// loads on the first opening of the panel and defines <rehearse-recorder>, which then upgrades.
//
// `?worker&url` makes Vite build the recorder as one self-contained ES module and hand back its
// URL (under the base path). A plain `import('../rehearse/recorder-element.ts')` would do the same
// but brings Vite's preload helper into every page's first load (vitejs/vite#18551): 0.7 KB gzip
// against a 5 KB budget, for a chunk that has nothing to preload.
import recorderUrl from '../rehearse/recorder-element.ts?worker&url';

class RehearsePanel extends HTMLElement {
  connectedCallback() {
    this.querySelector('details')?.addEventListener('toggle', this.#load);
  }

  #load = ({ target }: Event) => {
    if (!(target as HTMLDetailsElement).open) return;
    import(/* @vite-ignore */ recorderUrl).catch(() => {
      this.querySelector('rehearse-recorder')!.textContent = 'The recorder could not load: check the connection, then close and open this panel again.';
    });
  };
}

customElements.define('rehearse-panel', RehearsePanel);
