import { PREFERENCE_KEYS } from '../../lib/preferences.ts';
import { writeItem } from '../../lib/storage.ts';

class PracticeSwitch extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const root = document.documentElement;
    const sync = () => button.setAttribute('aria-checked', String('practice' in root.dataset));
    button.addEventListener('click', () => {
      const on = !('practice' in root.dataset);
      root.toggleAttribute('data-practice', on);
      writeItem(PREFERENCE_KEYS.practice, on ? 'on' : 'off');
      sync();
      document.dispatchEvent(new CustomEvent('practice-mode', { detail: on }));
    });
    sync();
  }
}

customElements.define('practice-switch', PracticeSwitch);
