import { PREFERENCE_KEYS } from '../../lib/preferences.ts';
import { writeItem } from '../../lib/storage.ts';

class ThemeToggle extends HTMLElement {
  #media = matchMedia('(prefers-color-scheme: dark)');

  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const root = document.documentElement;
    const current = () => root.dataset['theme'] ?? (this.#media.matches ? 'dark' : 'light');
    const sync = () => button.setAttribute('aria-pressed', String(current() === 'dark'));
    button.addEventListener('click', () => {
      const next = current() === 'dark' ? 'light' : 'dark';
      root.dataset['theme'] = next;
      writeItem(PREFERENCE_KEYS.theme, next);
      sync();
    });
    this.#media.addEventListener('change', sync);
    sync();
  }
}

customElements.define('theme-toggle', ThemeToggle);
