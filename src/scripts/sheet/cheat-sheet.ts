import { askedList, keptYourQuestions } from '../../lib/conversation/your-questions.ts';
import { SHEET_KEY, YOUR_QUESTIONS_KEY } from '../../lib/kept/keys.ts';
import { onStoredChange } from '../../lib/kept/other-tabs.ts';
import type { Shared } from '../../lib/shared-value.ts';
import { keptSheet, putOnSheet, type SheetChoice } from '../../lib/sheet-choice.ts';
import { lazyModule } from '../shared/lazy.ts';
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
    // The choice as it now stands; where storage refuses, this visit's ticks hold as they are.
    let choice = keptSheet.load();
    const show = (value: SheetChoice) => {
      choice = value;
      for (const box of this.querySelectorAll<HTMLInputElement>('[data-choose]')) {
        box.checked = !value.off.includes(box.value);
        box.closest('.item')?.toggleAttribute('data-off', !box.checked);
      }
    };
    show(choice);
    // Your questions for the interviewer, where you keep some, close the sheet (and follow another tab's changes).
    const closing = this.querySelector<HTMLElement>('[data-your-questions]')!;
    const yours = () => {
      const list = askedList(keptYourQuestions.load());
      closing.hidden = !list.length;
      closing.querySelector('ol')!.replaceChildren(...list.map((text) => Object.assign(document.createElement('li'), { textContent: text })));
    };
    yours();
    onStoredChange([YOUR_QUESTIONS_KEY], yours, signal);
    // From this page's first tick, the choice as every tab shares it (its code loads then, and it
    // shows what another tab wrote meanwhile); until then another tab's change is read here.
    let shared: Shared<SheetChoice> | undefined;
    let sharing = false;
    onStoredChange([SHEET_KEY], () => sharing || show(keptSheet.load()), signal);
    void myStories()?.then((stories) => {
      stories.sheetStories(this);
      show(choice);
    });
    this.addEventListener(
      'change',
      (event) => {
        const box = event.target as HTMLInputElement;
        if (!box.matches('[data-choose]')) return;
        const change = putOnSheet(box.value, box.checked);
        // Kept at once, made to the choice stored now; then through the shared choice, which makes
        // it again should another tab's write cross it.
        const first = !shared && change(keptSheet.load());
        const saved = first ? keptSheet.save(first) : shared!.change(change);
        if (first) {
          show(first);
          sharing = true;
          void lazyModule('share').then(({ shareValue }) => (shared ??= shareValue(keptSheet, show, signal)).change(change));
        }
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
