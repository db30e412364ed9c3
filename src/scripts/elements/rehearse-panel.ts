// The Rehearse panel's first-load part: one listener. The recorder (its analysis, its storage)
// loads on the first opening of the panel and defines <rehearse-recorder>, which then upgrades.
import recorderUrl from '../rehearse/recorder-element.ts?worker&url';
import { lazyElement } from '../lazy.ts';

class RehearsePanel extends HTMLElement {
  connectedCallback() {
    this.querySelector('details')?.addEventListener('toggle', this.#load);
  }

  #load = ({ target }: Event) => {
    if (!(target as HTMLDetailsElement).open) return;
    lazyElement(recorderUrl, 'rehearse-recorder').catch(() => {
      this.querySelector('rehearse-recorder')!.textContent = 'The recorder could not load: check the connection, then close and open this panel again.';
    });
  };
}

customElements.define('rehearse-panel', RehearsePanel);
