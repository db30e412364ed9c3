import { loadLeftOff, saveLeftOff } from '../../lib/sheet-choice.ts';
import { myStories } from '../stories/stories-loader.ts';

/**
 * Lets the reader choose which questions go on the printed sheet; the choice stays on the device.
 * A tick changes the choice stored now (another tab may have changed it since this page loaded),
 * and a change made in another tab shows here. Your own stories, where this device holds some, are
 * on the sheet too, in the place of the model answers they replace.
 */
class CheatSheet extends HTMLElement {
  connectedCallback() {
    const boxes = () => [...this.querySelectorAll<HTMLInputElement>('[data-choose]')];
    const status = this.querySelector('[data-sheet-status]');
    const show = () => {
      const leftOff = loadLeftOff();
      for (const box of boxes()) {
        box.checked = !leftOff.has(box.value);
        box.closest('.item')?.toggleAttribute('data-off', !box.checked);
      }
    };
    show();
    void myStories()?.then((stories) => {
      stories.sheetStories(this);
      show();
    });
    addEventListener('storage', show);
    this.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      if (!box.matches('[data-choose]')) return;
      const leftOff = loadLeftOff();
      if (box.checked) leftOff.delete(box.value);
      else leftOff.add(box.value);
      const saved = saveLeftOff(leftOff);
      // Where storage refuses it, this visit's tick holds as it is.
      if (saved) show();
      else box.closest('.item')?.toggleAttribute('data-off', !box.checked);
      if (status) status.textContent = saved ? 'Your choice is saved on this device.' : 'This device would not keep your choice (its storage is full or turned off): it lasts until you leave the page.';
    });
    this.querySelector('[data-print-sheet]')?.addEventListener('click', () => window.print());
  }
}

customElements.define('cheat-sheet', CheatSheet);
