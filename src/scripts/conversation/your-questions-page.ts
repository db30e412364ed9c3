// <your-questions>: picking from the starter set and writing your own questions for the interviewer.
// Every change is made to what is stored now, through the value every tab shares (its code loads
// with the first change); another tab's change shows here; storage refused is said, and this visit
// keeps the list until it is left.
import { YOUR_QUESTIONS_KEY } from '../../lib/kept/keys.ts';
import { onStoredChange } from '../../lib/kept/other-tabs.ts';
import { askQuestion, askedList, changeTime, keptYourQuestions, type YourQuestions } from '../../lib/conversation/your-questions.ts';
import type { Shared } from '../../lib/shared-value.ts';
import { lazyModule } from '../shared/lazy.ts';

class YourQuestionsPage extends HTMLElement {
  #connection?: AbortController;
  #shared: Shared<YourQuestions> | undefined;
  #$ = <T extends HTMLElement = HTMLElement>(selector: string) => this.querySelector<T>(selector)!;

  connectedCallback() {
    const signal = (this.#connection = new AbortController()).signal;
    this.#show(keptYourQuestions.load());
    onStoredChange([YOUR_QUESTIONS_KEY], () => this.#show(this.#shared?.value ?? keptYourQuestions.load()), signal);
    for (const box of this.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.disabled = false;
    this.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      if (box.type === 'checkbox') void this.#change(box.value, box.checked);
    }, { signal });
    const form = this.#$<HTMLFormElement>('[data-own]');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const input = form.elements.namedItem('question') as HTMLInputElement;
      if (input.value.trim()) void this.#change(input.value, true).then(() => (input.value = ''));
    }, { signal });
  }

  disconnectedCallback() {
    this.#connection!.abort();
  }

  /** Changes wait for the code that keeps them, then are made one by one, in the order they were asked for. */
  #queue: Promise<void> = Promise.resolve();

  /** A question kept (`on`) or taken off, timed when asked for. */
  #change(text: string, on: boolean): Promise<void> {
    const asked = new Date();
    const make = () => this.#make(text, on, asked);
    return (this.#queue = this.#queue.then(make, make));
  }

  /** A change made to what is stored now. */
  async #make(text: string, on: boolean, asked: Date) {
    const { shareValue } = await lazyModule('share');
    this.#shared ??= shareValue(keptYourQuestions, (value) => this.#show(value), this.#connection!.signal);
    const full = on && askedList(this.#shared.value).length >= Number(this.dataset['max']) && !askedList(this.#shared.value).includes(text.trim());
    const kept = this.#shared.change(askQuestion(text, on, changeTime(this.#shared.value, asked)));
    this.#$('[data-status]').textContent = full
      ? `You keep ${this.dataset['max']} at most: take one off first.`
      : kept
        ? ''
        : 'This device would not keep your questions (its storage is full or turned off): they last until you leave this page.';
    this.#show(this.#shared.value);
  }

  /** The list, and the starter set's boxes ticked for what it holds. */
  #show(value: YourQuestions) {
    const list = askedList(value);
    this.#$('[data-list]').replaceChildren(
      ...list.map((text) => {
        // Built here rather than with shared/dom.ts's h(), which would become a file of its own for the interview page too.
        const item = document.createElement('li');
        const remove = Object.assign(document.createElement('button'), { type: 'button', className: 'quiet', textContent: 'Take off' });
        remove.setAttribute('aria-label', `Take off: ${text}`);
        remove.addEventListener('click', () => void this.#change(text, false));
        item.append(Object.assign(document.createElement('span'), { textContent: text }), remove);
        return item;
      }),
    );
    this.#$('[data-none]').hidden = list.length > 0;
    for (const box of this.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = list.includes(box.value);
  }
}

customElements.define('your-questions', YourQuestionsPage);
