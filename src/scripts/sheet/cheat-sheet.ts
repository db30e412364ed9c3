import { shareValue } from '../../lib/shared-value.ts';
import { keptSheet, putOnSheet, type SheetChoice } from '../../lib/sheet-choice.ts';
import { myStories } from '../stories/stories-loader.ts';

/**
 * Lets the reader choose which questions go on the printed sheet; the choice stays on the device.
 * A tick changes the choice stored now (another tab may have changed it since this page loaded,
 * or change it at the same moment: shared-value.ts), and a change made in another tab shows here.
 * Your own stories, where this device holds some, are on the sheet too, in the place of the model
 * answers they replace.
 */
class CheatSheet extends HTMLElement {
  #connection?: AbortController;

  connectedCallback() {
    const signal = (this.#connection = new AbortController()).signal;
    const status = this.querySelector('[data-sheet-status]');
    // Where storage refuses, this visit's ticks hold as they are: the shared value keeps them for the page.
    const show = ({ off }: SheetChoice) => {
      for (const box of this.querySelectorAll<HTMLInputElement>('[data-choose]')) {
        box.checked = !off.includes(box.value);
        box.closest('.item')?.toggleAttribute('data-off', !box.checked);
      }
    };
    const choice = shareValue(keptSheet, show, signal);
    show(choice.value);
    void myStories()?.then((stories) => {
      stories.sheetStories(this);
      show(choice.value);
    });
    this.addEventListener(
      'change',
      (event) => {
        const box = event.target as HTMLInputElement;
        if (!box.matches('[data-choose]')) return;
        const saved = choice.change(putOnSheet(box.value, box.checked));
        if (status) status.textContent = saved ? 'Your choice is saved on this device.' : 'This device would not keep your choice (its storage is full or turned off): it lasts until you leave the page.';
      },
      { signal },
    );
    this.querySelector('[data-print-sheet]')?.addEventListener('click', () => window.print(), { signal });
  }

  disconnectedCallback() {
    this.#connection!.abort();
  }
}

customElements.define('cheat-sheet', CheatSheet);
