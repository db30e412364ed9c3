// <bank-coverage>: what only this device knows on the coverage page of the bank: the reader's
// choice for each question (from "Which story would you tell?"), the questions they marked
// "None of mine fits" added to the gaps with their command, and the filters (topic, no story fits).
import { loadChoices, type Choices } from '../../lib/bank/choices.ts';
import { newStoryCommand } from '../../lib/bank/new-story.ts';
import { myStories } from '../stories/stories-loader.ts';
import { contentArrived } from '../shared/land-on-target.ts';

class BankCoverage extends HTMLElement {
  #choices: Choices = {};
  #items = [...this.querySelectorAll<HTMLLIElement>('[data-bank]')];

  connectedCallback() {
    const { choices, unreadable } = loadChoices();
    this.#choices = choices;
    if (unreadable) this.#$('[data-status]').textContent = 'Your earlier choices could not be read; they were kept aside, and new ones start afresh.';
    const titles = JSON.parse(this.dataset['stories']!) as Record<string, string>;
    for (const item of this.#items) {
      const choice = choices[item.dataset['bank']!];
      if (!choice) continue;
      const line = item.querySelector<HTMLElement>('[data-choice]')!;
      line.hidden = false;
      line.textContent = choice.story === null ? 'Your choice: none of your stories fits.' : `Your choice: ${titles[choice.story] ?? 'a story no longer on the site'}.`;
      if (choice.story === null && item.dataset['fits'] !== '0') this.#addGap(item);
    }
    this.#$('[data-no-gaps]').hidden = this.querySelector('[data-gap]') !== null;

    const topic = new URLSearchParams(location.search).get('topic');
    const select = this.#$<HTMLSelectElement>('[name=topic]');
    if (topic && [...select.options].some((option) => option.value === topic)) select.value = topic;
    this.#$('[data-filters]').addEventListener('change', () => this.#filter());
    this.#filter();
    // Your own stories, where this device holds some, fit questions and close gaps too; then a link
    // into the page (from search) is brought back to its question.
    void Promise.resolve(
      myStories()?.then((stories) => {
        stories.coverBank(this);
        this.#filter();
      }),
    ).finally(() => contentArrived(this));
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('[data-copy]');
      if (button) void this.#copy(button);
    });
  }

  #$<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  /** A question marked "None of mine fits" joins the gaps, under its first topic. */
  #addGap(item: HTMLLIElement) {
    const id = item.dataset['bank']!;
    const topics = item.dataset['topics']!.split(' ');
    const first = topics[0]!;
    let group = this.querySelector(`[data-gap-topic="${first}"]`);
    if (!group) {
      group = Object.assign(document.createElement('section'), { className: 'added' });
      group.setAttribute('data-gap-topic', first);
      const heading = group.appendChild(Object.assign(document.createElement('h3'), { id: `gap-${first}`, textContent: JSON.parse(this.dataset['labels']!)[first] }));
      group.setAttribute('aria-labelledby', heading.id);
      group.append(Object.assign(document.createElement('ul'), { className: 'gap-list' }));
      this.#$('[data-gap-groups]').append(group);
    }
    const gap = document.createElement('li');
    gap.dataset['gap'] = id;
    const link = gap.appendChild(document.createElement('p')).appendChild(document.createElement('a'));
    link.href = `#q-${id}`;
    link.textContent = item.querySelector('.bank-q')!.textContent;
    const command = gap.appendChild(Object.assign(document.createElement('p'), { className: 'command' }));
    command.append(Object.assign(document.createElement('a'), { className: 'write', href: item.querySelector<HTMLAnchorElement>('.write a')!.href, textContent: 'Write a story for it' }), ' ');
    command.append(Object.assign(document.createElement('code'), { textContent: newStoryCommand(id, topics) }), ' ');
    command.append(Object.assign(document.createElement('button'), { type: 'button', className: 'quiet', textContent: 'Copy' }));
    command.lastElementChild!.setAttribute('data-copy', '');
    group.querySelector('ul')!.append(gap);
  }

  #filter() {
    const topic = this.#$<HTMLSelectElement>('[name=topic]').value;
    const gapsOnly = this.#$<HTMLInputElement>('[name=gaps]').checked;
    let shown = 0;
    for (const item of this.#items) {
      const unfit = item.dataset['fits'] === '0' || this.#choices[item.dataset['bank']!]?.story === null;
      item.hidden = !((!topic || item.dataset['topics']!.split(' ').includes(topic)) && (!gapsOnly || unfit));
      if (!item.hidden) shown++;
    }
    for (const theme of this.querySelectorAll<HTMLElement>('.theme')) theme.hidden = !theme.querySelector('[data-bank]:not([hidden])');
    this.#$('[data-count]').textContent = shown === this.#items.length ? `All ${shown} questions` : `${shown} of ${this.#items.length} questions`;
  }

  async #copy(button: HTMLButtonElement) {
    const code = button.parentElement!.querySelector('code')!;
    try {
      await navigator.clipboard.writeText(code.textContent!);
      button.textContent = 'Copied';
    } catch {
      // No clipboard (an insecure origin, a refusal): the command is selected for Ctrl+C instead.
      getSelection()?.selectAllChildren(code);
      button.textContent = 'Selected: press Ctrl+C';
    }
  }
}

customElements.define('bank-coverage', BankCoverage);
