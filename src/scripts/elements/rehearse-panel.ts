// The Rehearse panel's first-load part: one listener. The recorder (its analysis, its storage)
// loads on the first opening of the panel and defines <rehearse-recorder>, which then upgrades.
import stylesUrl from '../rehearse/rehearse.css?url';
import { lazyElement, lazyStyles } from '../lazy.ts';

class RehearsePanel extends HTMLElement {
  // The panel starts closed, so its first toggle opens it.
  #listen = () => this.querySelector('details')?.addEventListener('toggle', this.#load, { once: true });

  connectedCallback() {
    this.#listen();
  }

  #load = () => {
    lazyStyles(stylesUrl)
      .then(() => lazyElement('rehearse-recorder'))
      .catch(() => {
        this.querySelector('rehearse-recorder')!.textContent = 'The recorder could not load: check the connection, then close and open this panel again.';
        this.#listen();
      });
  };
}

customElements.define('rehearse-panel', RehearsePanel);
