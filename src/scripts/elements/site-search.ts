import { bindSearchShortcut } from '../search-shortcut.ts';

class SiteSearch extends HTMLElement {
  #unbind?: () => void;

  connectedCallback() {
    const input = this.querySelector('input');
    if (input) this.#unbind = bindSearchShortcut(input);
  }

  disconnectedCallback() {
    this.#unbind?.();
  }
}

customElements.define('site-search', SiteSearch);
