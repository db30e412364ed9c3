import { filterCards, type Card } from '../../lib/practice-order.ts';
import { keptProgress, loadProgress, saveProgress, type Progress, type Rating } from '../../lib/progress.ts';
import type { Shared } from '../../lib/shared-value.ts';
import { PROGRESS_KEY, SCHEDULE_KEY, SHORTCUTS_KEY } from '../../lib/kept/keys.ts';
import { onStoredChange } from '../../lib/kept/other-tabs.ts';
import { singleKeyShortcutsOn } from '../../lib/shortcuts.ts';
import { writeItem } from '../../lib/storage.ts';
import { dayOf } from '../../lib/day.ts';
import { dueToday } from '../../lib/plan/schedule.ts';
import { keptSchedule, keptSettings } from '../../lib/plan/kept.ts';
import { lazyElement, lazyModule, openRehearsal } from '../shared/lazy.ts';
import { myStories } from '../stories/stories-loader.ts';
// Builds of their own (as lazy.ts explains), not more modules in the on-demand list: that list is
// fetched with every other feature's code, whose budgets have no room for them.
import answersUrl from './practice-answer.ts?worker&url';
import ordersUrl from './other-orders.ts?worker&url';

const answers = () => import(/* @vite-ignore */ answersUrl) as Promise<typeof import('./practice-answer.ts')>;
const orders = () => import(/* @vite-ignore */ ordersUrl) as Promise<typeof import('./other-orders.ts')>;
import type { PracticeTimer } from './practice-timer.ts';
import type { ProgressHost, ProgressTools } from '../transfer/progress-tools.ts';
import { showProgress } from './progress-view.ts';

/** The progress tools' methods that a button of theirs calls with the session as host. */
type Tool = 'exportFile' | 'send' | 'reset' | 'deleteRecordings';

interface CardElement extends Card {
  element: HTMLElement;
  seconds: number;
  title: string;
}


class PracticeSession extends HTMLElement implements ProgressHost {
  #cards: CardElement[] = [];
  #deck: CardElement[] = [];
  #index = 0;
  /** The ratings as stored, kept in step with every other tab: another tab's rating shows here, and orders the deck. */
  #progress = loadProgress();
  /** From the first rating: the ratings shared with every other tab (their code loads with it). */
  #shared: Shared<Progress> | undefined;
  /** The study plan as kept: what is due (FSRS loads with the first rating, to work it out again). */
  #schedule = keptSchedule.load();
  #today = dayOf(new Date());
  /** Opened for today's session: the questions due today only. */
  #todayOnly = location.search.includes('today');

  /** This connection's: the other tabs are no longer heard once the session leaves the page. */
  #connection?: AbortController;

  #$ = <T extends Element = HTMLElement>(selector: string) => this.querySelector<T>(selector)!;

  connectedCallback() {
    const signal = (this.#connection = new AbortController()).signal;
    this.#$<HTMLInputElement>('[name=shortcuts]').checked = singleKeyShortcutsOn();

    this.addEventListener('click', (event) => {
      const target = (event.target as Element).closest<HTMLElement>('[data-action], [data-rate], [data-tool]');
      if (!target) return;
      const { rate, tool, action } = target.dataset;
      // The rating, the moment that shows it kept, the move on and Undo come with the answers' code,
      // loaded on Reveal (card-rating.ts).
      if (rate) {
        if (this.#revealed) void answers().then(({ rateCard }) => rateCard(this, rate as Rating));
      }
      // The progress tools' buttons name the method to call.
      else if (tool) void this.#tools().then((tools) => tools[tool as Tool](this));
      else this.#act(action!);
    });
    this.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      if (input.name === 'shortcuts') writeItem(SHORTCUTS_KEY, input.checked ? 'on' : 'off');
      // Order, rounds, topics, shuffle: the options change the deck.
      else if (input.closest('.options')) this.#build();
      else if (input.matches('[data-import]')) void this.#tools().then((tools) => tools.importFile(this, input));
    });
    // The answer comes from its page when the card is revealed, or its Rehearse panel opened (whose
    // recorder then loads).
    this.addEventListener('toggle', (event) => (openRehearsal(event), this.#fill()), true);
    // Until this page rates, another tab's rating is read here; from then on, the shared ratings say it.
    onStoredChange([PROGRESS_KEY, SCHEDULE_KEY], () => this.#shared || this.#show(loadProgress(), true), signal);
    // The cards, the ratings and the deck.
    this.replace();
    // Your own stories, where this device holds some: a card each (your-stories.ts), then the deck again.
    void myStories()?.then((stories) => stories.practiceCards(this));
  }

  disconnectedCallback() {
    this.#connection!.abort();
  }

  /** The cards in the deck: not those left out (a model answer your story replaces, or the source not chosen). */
  #read() {
    this.#cards = [...this.querySelectorAll<HTMLElement>('.card:not([data-out])')].map((element) => ({
      element,
      id: element.id.slice(5),
      seconds: Number(element.dataset['seconds']),
      topics: element.dataset['topics']!.split(' '),
      round: element.dataset['round']!,
      title: element.querySelector('h2')!.textContent,
    }));
  }

  /** The ratings as they now stand (from this page, or, `elsewhere`, another tab's, which also reorders the deck). */
  #show = (progress: Progress, elsewhere?: boolean) => {
    this.#progress = progress;
    showProgress(this, progress);
    if (!elsewhere) return;
    this.#schedule = keptSchedule.load();
    this.#build(true);
  };

  #fill = () => {
    const card = this.#current;
    if (card) void answers().then(({ fillAnswer }) => fillAnswer(card.element));
  };

  #act(action: string) {
    switch (action) {
      case 'reveal':
        return this.#reveal(!this.#revealed);
      case 'next':
        return this.#go(this.#index + 1);
      case 'previous':
        return this.#go(this.#index - 1);
      case 'timer':
      case 'reset-timer':
        return void lazyElement('practice-timer').then(() => this.#$<PracticeTimer>('practice-timer')[action === 'timer' ? 'toggle' : 'reset']());
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

  /** The ids due today, most overdue first, then the new ones. */
  #due = (cards: readonly CardElement[] = this.#cards) => dueToday(cards.map((card) => card.id), this.#progress, this.#schedule, this.#today);

  /**
   * Orders and filters the deck: due first (most overdue, then new), then by the day each comes
   * back; or the weakest first, or shuffled; only the chosen rounds and topics; for today's session,
   * only what is due today. The code for the other orders loads when one is chosen. With `keep`
   * (another tab rated), the card on show stays on show, as it is.
   */
  #build(keep?: boolean) {
    const ticked = (kind: string) => [...this.querySelectorAll<HTMLInputElement>(`[data-${kind}]:checked`)].map((box) => box.value);
    const chosen = filterCards(this.#cards, ticked('topic'), ticked('round'));
    const due = this.#due(chosen).map((id) => chosen.find((card) => card.id === id)!);
    const next = (card: CardElement) => this.#schedule?.next[card.id] ?? '';
    const today = this.#todayOnly && due.length;
    const planned = today ? due : [...due, ...chosen.filter((card) => !due.includes(card)).sort((a, b) => (next(a) < next(b) ? -1 : 1))];
    const weakest = !today && this.#$<HTMLInputElement>('[value=weakest]').checked;
    const shuffled = this.#$<HTMLInputElement>('[name=shuffle]').checked;
    // Shuffled, another tab's rating leaves the deck as dealt.
    if (keep && shuffled) return this.#reveal(this.#revealed);
    if (!weakest && !shuffled) return this.#deal(planned, keep);
    // Busy until the other orders' code has dealt the deck (a Next before then would move in the old one).
    this.ariaBusy = 'true';
    void orders().then(({ practiceOrder, shuffle }) => {
      const ordered = weakest ? practiceOrder(chosen, this.#progress) : planned;
      this.#deal(shuffled ? shuffle(ordered) : ordered, keep);
      this.ariaBusy = null;
    });
  }

  #deal(deck: CardElement[], keep?: boolean) {
    const at = keep ? deck.indexOf(this.#current!) : -1;
    this.#deck = deck;
    if (at < 0) return this.#go(0);
    this.#index = at;
    this.#position();
    this.#reveal(this.#revealed);
  }

  get #revealed() {
    return !!this.#current?.element.hasAttribute('data-revealed');
  }

  #position() {
    this.#$('[data-position]').textContent = `${this.#todayOnly ? 'Today’s session: question' : 'Question'} ${this.#index + 1} of ${this.#deck.length}: ${this.#current!.title}`;
  }

  #go(index: number) {
    if (this.#deck.length === 0) return;
    this.#index = (index + this.#deck.length) % this.#deck.length;
    for (const card of this.#cards) card.element.toggleAttribute('data-current', card === this.#current);
    this.#reveal(false);
    const card = this.#current!;
    // Against this card's target time (the card says it), back to zero once the timer has loaded.
    this.#$('practice-timer').dataset['seconds'] = String(card.seconds);
    this.#position();
    this.#$('[data-action=reveal]').setAttribute('aria-controls', card.element.id);
    // What the Rehearse panel reads comes with the card's answer (practice-answer.ts): an open panel has it fetched now.
    this.querySelector('rehearse-panel')?.setAttribute('data-rehearse', card.element.dataset['rehearse'] ?? '');
    if (this.querySelector('rehearse-panel [open]')) this.#fill();
  }

  #reveal(open: boolean) {
    const card = this.#current;
    if (!card) return;
    card.element.toggleAttribute('data-revealed', open);
    if (open) this.#fill();
    const button = this.#$('[data-action=reveal]');
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? 'Hide answer' : 'Reveal answer';
    // The fieldset: a card's last-rating line carries data-rating too (its rating, for styling).
    this.#$('fieldset[data-rating]').hidden = !open;
    const rating = this.#progress.questions[card.id]?.rating;
    for (const choice of this.querySelectorAll<HTMLElement>('[data-rate]')) {
      choice.setAttribute('aria-pressed', String(choice.dataset['rate'] === rating));
    }
  }

  // What a card's rating (card-rating.ts) works with.
  get card() {
    return this.#current;
  }

  /** Shows `card` again with its answer (a rating undone); without one, the next card. */
  goTo(card?: CardElement) {
    const at = card ? this.#deck.indexOf(card) : this.#index + 1;
    // A card no longer in the deck (the options changed meanwhile) stays where it is.
    if (at < 0) return;
    this.#go(at);
    if (card) this.#reveal(true);
  }

  /**
   * Changes the ratings (a rating, or its undoing) at once, made to the ratings stored now (another
   * tab may have rated since this page loaded); then through the ratings shared with the other
   * tabs, which make it again should a write of theirs cross it. Says whether it was kept, and
   * resolves with the plan worked out again (FSRS loads with the first): today's session done, the
   * day of the next ('' when none), else undefined.
   */
  change(change: (progress: Progress) => Progress): [boolean, Promise<string | undefined>] {
    const wasDue = this.#due().length > 0;
    const saved = this.#shared ? this.#shared.change(change) : saveProgress((this.#progress = change(loadProgress())));
    if (!this.#shared) {
      this.#show(this.#progress);
      void lazyModule('share').then(({ shareValue }) => (this.#shared ??= shareValue(keptProgress, this.#show, this.#connection!.signal)).change(change));
    }
    return [
      saved,
      lazyModule('replan').then(({ replan }) => {
        const { schedule, next } = replan({ progress: this.#progress, settings: keptSettings.load(), questions: this.#cards, kept: this.#schedule });
        keptSchedule.save((this.#schedule = schedule));
        return wasDue && !this.#due().length ? (next ?? '') : undefined;
      }),
    ];
  }

  // What the progress tools may see and change (ProgressHost).
  current() {
    return this.#progress;
  }

  /** The tools wrote the ratings (an import, a reset), or the cards changed (your stories): read again. */
  replace() {
    this.#read();
    if (this.#shared) this.#shared.change((progress) => progress);
    else this.#show(loadProgress());
    this.#build();
  }

  say(message: string) {
    this.#$('[data-tools-status]').textContent = message;
  }
}

customElements.define('practice-session', PracticeSession);
