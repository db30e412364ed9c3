// <which-story>: the drill. A bank question; the reader's stories ranked by shared topics; their
// choice kept on the device (newest wins); then, with a story, a timer (the practice card's own,
// loaded on its first use) and the story's key points behind a button, read from the story's own
// page when first revealed (the page carries titles, not every story's points).
import { choose, keptChoices, loadChoices, nextQuestion, type Choices } from '../../lib/bank/choices.ts';
import { CHOICES_KEY } from '../../lib/kept/keys.ts';
import { onStoredChange } from '../../lib/kept/other-tabs.ts';
import type { Shared } from '../../lib/shared-value.ts';
import { rankStories } from '../../lib/bank/rank.ts';
import type { Topic } from '../../lib/topics.ts';
import { askedOf, loadBank, type Asked } from './bank-source.ts';
import { readModelAnswer } from '../shared/model-answer.ts';
import { lazyElement, lazyModule } from '../shared/lazy.ts';
import { myStories } from '../stories/stories-loader.ts';
import type { PracticeTimer } from '../practice/practice-timer.ts';

interface Story {
  id: string;
  title: string;
  topics: Topic[];
  seconds: number;
  url: string;
  /** A story of yours brings its key points (it has no page to read them from). */
  keyPoints?: string[];
}

class WhichStory extends HTMLElement {
  #bank: Promise<Asked[]> | undefined;
  #stories = JSON.parse(this.dataset['stories']!) as Story[];
  #labels = JSON.parse(this.dataset['labels']!) as Record<Topic, string>;
  #asked!: Asked;
  /** The choices as stored, kept in step with every other tab while the drill is on the page: a choice made in another shows here. */
  #choices = keptChoices.load();
  /** From this page's first choice, the choices as every tab shares them (their code loads then). */
  #shared: Shared<Choices> | undefined;
  /** From the first choice: the shared choices' code is on its way, and will show what another tab chose meanwhile. */
  #sharing = false;
  #connection?: AbortController;
  /** The choice on show, as text. */
  #shown: string | undefined;

  connectedCallback() {
    const signal = (this.#connection = new AbortController()).signal;
    // Another tab's choice shows here; once this page has chosen, the shared choices say it.
    onStoredChange([CHOICES_KEY], () => this.#sharing || this.#show(keptChoices.load()), signal);
    const choices = this.#choices;
    if (loadChoices().unreadable) this.#say('Your earlier choices could not be read; they were kept aside, and new ones start afresh.');
    this.#asked = askedOf(this.#$('[data-question]'), this.#$('[data-question]'));
    this.addEventListener('click', this.#onClick, { signal });
    // The question on the page stays when it is one never seen (no layout moves); otherwise the next.
    if (choices[this.#asked.id]) void this.#next();
    else this.#showChoice();
    // Your own stories, where this device holds some, are ranked with the rest.
    void myStories()?.then((stories) => {
      this.#stories.push(...stories.rankableStories());
      this.#ask(this.#asked);
    });
  }

  disconnectedCallback() {
    this.#connection!.abort();
  }

  /** The choices as they now stand: shown again only when the question on screen is the one chosen for (a choice shown again collapses what followed it). */
  #show = (choices: Choices) => {
    this.#choices = choices;
    if (JSON.stringify(choices[this.#asked.id]) !== this.#shown) this.#showChoice();
  };

  /** The bank, read once from the coverage page (from the offline copy when there is no network). */
  #load(): Promise<Asked[]> {
    this.#bank ??= loadBank(this.dataset['bank']!).catch(() => {
      // Asked again at the next Next, in case the network is back.
      this.#bank = undefined;
      return [];
    });
    return this.#bank;
  }

  async #next() {
    const bank = await this.#load();
    if (!bank.length) return this.#say('The other questions could not be loaded: try again with a connection, or open the coverage page.');
    this.#say('');
    const next = nextQuestion(bank.map(({ id }) => id), this.#choices, this.#asked.id);
    this.#ask(bank.find(({ id }) => id === next));
  }

  #$<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  #say(text: string) {
    this.#$('[data-status]').textContent = text;
  }

  #ask(asked: Asked | undefined) {
    if (!asked) return;
    this.#asked = asked;
    const { q, topics, kind } = asked;
    const question = this.#$('[data-question]');
    question.textContent = q;
    question.dataset['id'] = this.#asked.id;
    this.#$('[data-meta]').textContent = `${kind === 'story' ? 'Asks for a story' : 'Asks for an approach'} · ${topics.map((t) => this.#labels[t]).join(', ')}`;
    const none = this.#$('[data-stories]').lastElementChild!;
    this.#$('[data-stories]').replaceChildren(
      ...rankStories(topics, this.#stories).map(({ story, shared }) => {
        const item = document.createElement('li');
        const button = item.appendChild(Object.assign(document.createElement('button'), { type: 'button', className: 'story' }));
        button.dataset['story'] = story.id;
        button.append(
          Object.assign(document.createElement('strong'), { textContent: story.title }),
          Object.assign(document.createElement('span'), { textContent: shared.length ? `Shares ${shared.map((t) => this.#labels[t]).join(', ')}` : 'No shared topic' }),
        );
        return item;
      }),
      none,
    );
    this.#showChoice();
  }

  /** The stored choice for the question asked, if any: pressed, and what follows from it shown. */
  #showChoice() {
    const choice = this.#choices[this.#asked.id];
    this.#shown = JSON.stringify(choice);
    const picked = choice === undefined ? undefined : (choice.story ?? '');
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-story]')) button.setAttribute('aria-pressed', String(button.dataset['story'] === picked));
    const after = this.#$('[data-after]');
    after.hidden = picked === undefined;
    const story = this.#stories.find(({ id }) => id === picked);
    this.#$('[data-with-story]').hidden = !story;
    this.#$('[data-none]').hidden = picked !== '';
    this.#$('[data-after-heading]').textContent = story ? `Answer it aloud with “${story.title}”` : 'No story fits yet';
    if (!story) return;
    const timer = this.#$('practice-timer');
    timer.dataset['seconds'] = String(story.seconds);
    this.#$('[data-target]').textContent = `about ${Math.max(1, Math.round(story.seconds / 60))} min`;
    const reveal = this.#$('[data-reveal]');
    reveal.setAttribute('aria-expanded', 'false');
    reveal.textContent = 'Reveal its key points';
    const points = this.#$('[data-points]');
    points.hidden = true;
    points.replaceChildren();
    points.dataset['story'] = story.id;
    this.#$<HTMLAnchorElement>('[data-story-link]').href = story.url;
  }

  #onClick = (event: MouseEvent) => {
    const target = (event.target as Element).closest<HTMLElement>('button');
    if (!target) return;
    if (target.dataset['story'] !== undefined) return this.#choose(target.dataset['story'] || null);
    if (target.matches('[data-next]')) return void this.#next().then(() => this.#$('[data-question]').focus());
    if (target.matches('[data-reveal]')) {
      const open = target.getAttribute('aria-expanded') !== 'true';
      target.setAttribute('aria-expanded', String(open));
      target.textContent = open ? 'Hide its key points' : 'Reveal its key points';
      const points = this.#$('[data-points]');
      points.hidden = !open;
      if (open && !points.childElementCount) void this.#fillPoints(points);
      return;
    }
    if (target.matches('[data-action=timer]')) void lazyElement('practice-timer').then(() => this.#$<PracticeTimer>('practice-timer').toggle());
  };

  /** The story's key points, from its page (the service worker's copy offline); if it cannot be read, said. */
  async #fillPoints(points: HTMLElement) {
    const id = points.dataset['story']!;
    const keyPoints = this.#stories.find((story) => story.id === id)?.keyPoints ?? (await readModelAnswer(id))?.rehearsal.keyPoints ?? ['Its key points could not load here: open the story, below.'];
    if (points.dataset['story'] === id && !points.childElementCount) points.replaceChildren(...keyPoints.map((point) => Object.assign(document.createElement('li'), { textContent: point })));
  }

  #choose(story: string | null) {
    // Made to the choices stored now: another tab may have chosen since this page loaded.
    const question = this.#asked.id;
    const at = new Date();
    const change = (choices: Choices) => choose(choices, question, story, at);
    // Kept at once; then through the choices shared with the other tabs (their code loads with the
    // first choice), which make it again should a write of theirs cross it.
    const first = !this.#shared && change(keptChoices.load());
    const saved = first ? keptChoices.save(first) : this.#shared!.change(change);
    if (first) {
      this.#show(first);
      this.#sharing = true;
      void lazyModule('share').then(({ shareValue }) => (this.#shared ??= shareValue(keptChoices, this.#show, this.#connection!.signal)).change(change));
    }
    this.#say(saved ? 'Your choice is saved on this device.' : 'This device would not keep your choice (its storage is full or turned off): it lasts until you leave the page.');
    // On a phone what follows the choice is below the stories: brought into view, the choice kept in it where it fits.
    this.#$('[data-after]').scrollIntoView({ block: 'nearest' });
  }
}

customElements.define('which-story', WhichStory);
