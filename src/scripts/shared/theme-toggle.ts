import { THEME_KEY } from '../../lib/kept/keys.ts';
import { writeItem } from '../../lib/storage.ts';

/** The header's theme button: pressed while the dark theme shows, whichever set it (the system, or this button). */
class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const root = document.documentElement;
    const media = matchMedia('(prefers-color-scheme: dark)');
    const dark = () => (root.dataset['theme'] ?? (media.matches ? 'dark' : 'light')) === 'dark';
    const sync = () => button.setAttribute('aria-pressed', String(dark()));
    button.onclick = () => {
      writeItem(THEME_KEY, (root.dataset['theme'] = dark() ? 'light' : 'dark'));
      sync();
    };
    media.onchange = sync;
    sync();
  }
}

customElements.define('theme-toggle', ThemeToggle);
