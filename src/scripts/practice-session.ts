import { clock } from '../lib/clock.ts';
import { filterCards, practiceOrder, shuffle, type Card } from '../lib/practice-order.ts';
import { RATINGS, loadProgress, rate, saveProgress, type Progress, type Rating } from '../lib/progress.ts';
import { PREFERENCE_KEYS } from '../lib/preferences.ts';
import { activatesItself, isTyping, singleKeyShortcutsOn } from '../lib/shortcuts.ts';
import { writeItem } from '../lib/storage.ts';
import { lazyElement } from './lazy.ts';
import type { ProgressTools } from './progress-tools.ts';
import { showProgress } from './progress-view.ts';

/** The progress tools' methods that a button of theirs calls with the session as host. */
type Tool = 'exportFile' | 'send' | 'reset' | 'deleteRecordings';

interface CardElement extends Card {
  element: HTMLElement;
  seconds: number;
  title: string;
}


class PracticeSession extends HTMLElement {
  #cards: CardElement[] = [];
  #deck: CardElement[] = [];
  #index = 0;
  #progress = loadProgress();
  #elapsed = 0;
  #startedAt: number | undefined;
  #tick: ReturnType<typeof setInterval> | undefined;

  #$ = <T extends Element = HTMLElement>(selector: string) => this.querySelector<T>(selector)!;

  connectedCallback() {
    // The card's id and target time travel in what the Rehearse panel reads (bytes count here).
    this.#cards = [...this.querySelectorAll<HTMLElement>('.card')].map((element) => ({
      element,
      ...(JSON.parse(element.dataset['rehearse']!) as { id: string; seconds: number }),
      topics: (element.dataset['topics'] ?? '').split(' '),
      round: element.dataset['round']!,
      title: element.querySelector('h2')?.textContent ?? '',
    }));
    this.#$<HTMLInputElement>('[name=shortcuts]').checked = singleKeyShortcutsOn();

    this.addEventListener('click', (event) => {
      const target = (event.target as Element).closest<HTMLElement>('[data-action], [data-rate], [data-tool]');
      if (!target) return;
      const { rate, tool, action } = target.dataset;
      if (rate) this.#rate(rate as Rating);
      // The progress tools' buttons name the method to call.
      else if (tool) void this.#tools().then((tools) => tools[tool as Tool](this.#host));
      else this.#act(action!);
    });
    this.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      if (input.name === 'shortcuts') writeItem(PREFERENCE_KEYS.shortcuts, input.checked ? 'on' : 'off');
      else if (input.name === 'shuffle' || input.matches('[data-topic], [data-round]')) this.#build();
      else if (input.matches('[data-import]')) void this.#tools().then((tools) => tools.importFile(this.#host, input));
    });
    document.addEventListener('keydown', this.#onKey);
    showProgress(this, this.#progress);
    this.#build();
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.#onKey);
    clearInterval(this.#tick);
  }

  #act(action: string) {
    switch (action) {
      case 'reveal':
        return this.#reveal(!this.#current?.element.hasAttribute('data-revealed'));
      case 'next':
        return this.#go(this.#index + 1);
      case 'previous':
        return this.#go(this.#index - 1);
      case 'timer':
        return this.#toggleTimer();
      case 'reset-timer':
        return this.#resetTimer();
      case 'keys':
        return this.#$<HTMLDialogElement>('dialog').showModal();
    }
  }

  /** The progress tools, loaded on their first use. */
  async #tools(): Promise<ProgressTools> {
    await lazyElement('progress-tools');
    return this.querySelector<ProgressTools>('progress-tools')!;
  }

  get #current(): CardElement | undefined {
    return this.#deck[this.#index];
  }

  /** Orders and filters the deck: weakest first, or shuffled; only the chosen rounds and topics. */
  #build() {
    const ticked = (kind: string) => [...this.querySelectorAll<HTMLInputElement>(`[data-${kind}]:checked`)].map((box) => box.value);
    const ordered = practiceOrder(filterCards(this.#cards, ticked('topic'), ticked('round')), this.#progress);
    this.#deck = this.#$<HTMLInputElement>('[name=shuffle]').checked ? shuffle(ordered) : ordered;
    this.#go(0);
  }

  #go(index: number) {
    if (this.#deck.length === 0) return;
    this.#index = (index + this.#deck.length) % this.#deck.length;
    for (const card of this.#cards) card.element.toggleAttribute('data-current', card === this.#current);
    this.#reveal(false);
    this.#resetTimer();
    const card = this.#current!;
    this.#$('[data-target]').textContent = `of about ${clock(card.seconds)}`;
    this.#$('[data-position]').textContent = `Question ${this.#index + 1} of ${this.#deck.length}: ${card.title}`;
    this.#$('[data-action=reveal]').setAttribute('aria-controls', `answer-${card.id}`);
    this.querySelector('rehearse-panel')?.setAttribute('data-rehearse', card.element.dataset['rehearse']!);
  }

  #reveal(open: boolean) {
    const card = this.#current;
    if (!card) return;
    card.element.toggleAttribute('data-revealed', open);
    const button = this.#$('[data-action=reveal]');
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? 'Hide answer' : 'Reveal answer';
    this.#$('[data-rating]').hidden = !open;
    const rating = this.#progress.questions[card.id]?.rating;
    for (const choice of this.querySelectorAll<HTMLElement>('[data-rate]')) {
      choice.setAttribute('aria-pressed', String(choice.dataset['rate'] === rating));
    }
  }

  #rate(rating: Rating) {
    const card = this.#current;
    if (!card?.element.hasAttribute('data-revealed')) return;
    this.#progress = rate(this.#progress, card.id, rating);
    const saved = saveProgress(this.#progress);
    showProgress(this, this.#progress);
    this.#reveal(true);
    this.#status(saved ? '' : 'Your browser would not save this rating; it lasts until you leave the page.');
  }

  #toggleTimer() {
    if (this.#startedAt === undefined) {
      this.#startedAt = Date.now() - this.#elapsed * 1000;
      this.#tick = setInterval(() => this.#showTime(), 250);
    } else {
      this.#showTime();
      clearInterval(this.#tick);
      this.#startedAt = undefined;
    }
    this.#$('[data-action=timer]').textContent = this.#startedAt === undefined ? 'Start timer' : 'Pause timer';
  }

  #resetTimer() {
    clearInterval(this.#tick);
    this.#startedAt = undefined;
    this.#elapsed = 0;
    this.#$('[data-action=timer]').textContent = 'Start timer';
    this.#showTime();
  }

  #showTime() {
    if (this.#startedAt !== undefined) this.#elapsed = Math.floor((Date.now() - this.#startedAt) / 1000);
    const target = this.#current?.seconds ?? 0;
    const over = this.#elapsed - target;
    const elapsed = this.#$('[data-elapsed]');
    elapsed.textContent = over > 0 ? `${clock(this.#elapsed)}, ${clock(over)} over time` : clock(this.#elapsed);
    elapsed.toggleAttribute('data-over', over > 0);
  }

  /** What the progress tools may see and change. */
  #host = {
    current: () => this.#progress,
    replace: (progress: Progress) => {
      this.#progress = progress;
      showProgress(this, progress);
      this.#build();
    },
    say: (message: string) => this.#status(message),
  };

  #status(message: string) {
    this.#$('[data-tools-status]').textContent = message;
  }

  #onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (!this.#$<HTMLInputElement>('[name=shortcuts]').checked) return;
    if (isTyping(event.target) || this.#$<HTMLDialogElement>('dialog').open) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (key === ' ' || key === 'Enter') {
      if (activatesItself(event.target)) return;
      this.#act('reveal');
    } else if (key === '1' || key === '2' || key === '3') this.#rate(RATINGS[Number(key) - 1]!);
    else if (key === 'n' || key === 'ArrowRight') this.#act('next');
    else if (key === 'p' || key === 'ArrowLeft') this.#act('previous');
    else if (key === 't') this.#act('timer');
    else if (key === '?') this.#act('keys');
    else return;
    event.preventDefault();
  };
}

customElements.define('practice-session', PracticeSession);
