import { loadLeftOff, saveLeftOff } from '../lib/sheet-choice.ts';

/** Lets the reader choose which questions go on the printed sheet; the choice stays on the device. */
class CheatSheet extends HTMLElement {
  connectedCallback() {
    const leftOff = loadLeftOff();
    const boxes = [...this.querySelectorAll<HTMLInputElement>('[data-choose]')];
    const sync = (box: HTMLInputElement) => box.closest('.item')?.toggleAttribute('data-off', !box.checked);
    for (const box of boxes) {
      box.checked = !leftOff.has(box.value);
      sync(box);
    }
    this.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      if (!box.matches('[data-choose]')) return;
      sync(box);
      saveLeftOff(new Set(boxes.filter((b) => !b.checked).map((b) => b.value)));
    });
    this.querySelector('[data-print-sheet]')?.addEventListener('click', () => window.print());
  }
}

customElements.define('cheat-sheet', CheatSheet);
