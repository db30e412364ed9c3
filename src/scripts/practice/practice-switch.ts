import { PRACTICE_KEY } from '../../lib/kept/keys.ts';
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
      writeItem(PRACTICE_KEY, on ? 'on' : 'off');
      sync();
      document.dispatchEvent(new CustomEvent('practice-mode', { detail: on }));
    });
    sync();
  }
}

customElements.define('practice-switch', PracticeSwitch);
