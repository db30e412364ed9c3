import { byWordsHeld, describeResults, excerptParts, readSearchState, sameState, writeSearchState, type SearchState } from '../../lib/search-state.ts';
import { myStories } from '../stories/stories-loader.ts';

/** The part of Pagefind's browser API this page uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options: object): Promise<SearchResponse>;
  debouncedSearch(term: string | null, options: object, ms?: number): Promise<SearchResponse | null>;
}
interface SearchResponse {
  results: { id: string; data(): Promise<ResultData> }[];
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  /** The sections of the page that match, by their headings: on /bank/, one per unseen question. */
  sub_results?: { title: string; url: string; excerpt: string }[];
}

/** At most this many of the bank's unseen questions among the results. */
const UNSEEN_SHOWN = 5;

/** A page's results as shown: the bank's page (meta "type") gives its matching questions, each a result, best match first. */
const expand = (result: ResultData, query: string): ResultData[] =>
  result.meta['type']
    ? byWordsHeld(result.sub_results ?? [], query)
        .filter((sub) => sub.url.includes('#'))
        .slice(0, UNSEEN_SHOWN)
        .map((sub) => ({ url: sub.url, excerpt: sub.excerpt, meta: { title: sub.title, type: result.meta['type'] } }))
    : [result];

const RESULTS_SHOWN = 20;

class SearchPage extends HTMLElement {
  #input = this.querySelector<HTMLInputElement>('input[type=search]')!;
  #boxes = [...this.querySelectorAll<HTMLInputElement>('[data-topic]')];
  #rounds = [...this.querySelectorAll<HTMLInputElement>('[data-round]')];
  #results = this.querySelector<HTMLOListElement>('[data-results]')!;
  #status = this.querySelector<HTMLElement>('[data-status]')!;
  #empty = this.querySelector<HTMLElement>('[data-empty]')!;
  #pagefind: Promise<Pagefind | undefined> | undefined;
  #connection?: AbortController;

  connectedCallback() {
    const signal = (this.#connection = new AbortController()).signal;
    this.#show(this.#fromUrl());
    // Pagefind loads only once the reader shows an intent to search: the page stays light until then.
    this.#input.addEventListener('focus', () => void this.#load(), { once: true });
    this.#input.addEventListener('input', () => this.#run('replace'));
    for (const box of [...this.#boxes, ...this.#rounds]) {
      box.addEventListener('change', () => {
        this.#countFilters();
        this.#run('push');
      });
    }
    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#run('push');
    });
    this.addEventListener('keydown', this.#onArrows);
    addEventListener(
      'popstate',
      () => {
        this.#show(this.#fromUrl());
        void this.#search(this.#state(), false);
      },
      { signal },
    );
    const initial = this.#state();
    if (initial.q || initial.topics.length || initial.rounds) void this.#search(initial, false);
  }

  disconnectedCallback() {
    this.#connection!.abort();
  }

  #fromUrl(): SearchState {
    const values = (boxes: HTMLInputElement[]) => boxes.map((box) => box.value);
    return readSearchState(location.search, values(this.#boxes), values(this.#rounds));
  }

  #state(): SearchState {
    const ticked = (boxes: HTMLInputElement[]) => boxes.filter((box) => box.checked).map((box) => box.value);
    const rounds = ticked(this.#rounds);
    return { q: this.#input.value.trim(), topics: ticked(this.#boxes), ...(rounds.length && { rounds }) };
  }

  #show({ q, topics, rounds = [] }: SearchState) {
    this.#input.value = q;
    for (const box of this.#boxes) box.checked = topics.includes(box.value);
    for (const box of this.#rounds) box.checked = rounds.includes(box.value);
    this.#countFilters();
  }

  /** The folded filters say how many are on. */
  #countFilters() {
    const on = [...this.#boxes, ...this.#rounds].filter((box) => box.checked).length;
    this.querySelector('[data-active-filters]')!.textContent = on ? `(${on} on)` : '';
  }

  /** Typing replaces the history entry; ticking a topic or submitting adds one, so Back undoes it. */
  #run(history: 'push' | 'replace') {
    const state = this.#state();
    if (!sameState(state, this.#fromUrl())) {
      const address = `${location.pathname}${writeSearchState(state)}`;
      if (history === 'push') window.history.pushState(null, '', address);
      else window.history.replaceState(null, '', address);
    }
    void this.#search(state, history === 'replace');
  }

  #load(): Promise<Pagefind | undefined> {
    this.#pagefind ??= (async () => {
      try {
        const pagefind: Pagefind = await import(/* @vite-ignore */ this.dataset['bundle']!);
        // On the main thread: for an index this small a worker only adds a 12 KB download and a hop.
        await pagefind.options({ baseUrl: this.dataset['base'], excerptLength: 24, noWorker: true });
        return pagefind;
      } catch {
        this.#say('The search index is missing. It is built with the site: run `npm start` (or `npm run build`) and open the built site.');
        return undefined;
      }
    })();
    return this.#pagefind;
  }

  /** Typing waits for a pause (`typing`); a link opened, Back, a filter ticked or a submit search at once. */
  async #search(state: SearchState, typing: boolean) {
    if (!state.q && state.topics.length === 0 && !state.rounds) {
      this.#results.replaceChildren();
      this.#empty.hidden = true;
      return this.#say('');
    }
    const pagefind = await this.#load();
    if (!pagefind) return;
    const labelsOf = (boxes: HTMLInputElement[], chosen: string[] = []) => boxes.filter((box) => chosen.includes(box.value)).map((box) => box.dataset['label']!);
    const labels = labelsOf(this.#boxes, state.topics);
    const roundLabels = labelsOf(this.#rounds, state.rounds);
    const filters = { ...(labels.length && { topic: { any: labels } }), ...(roundLabels.length && { round: { any: roundLabels } }) };
    // With no words, list every question on the chosen topics in round order.
    const options = { filters, ...(state.q ? {} : { sort: { order: 'asc' } }) };
    const response = await (typing ? pagefind.debouncedSearch(state.q || null, options, 50) : pagefind.search(state.q || null, options));
    if (!response || !sameState(state, this.#state())) return;
    const pages = await Promise.all(response.results.slice(0, RESULTS_SHOWN).map((result) => result.data()));
    // Your own stories first (Pagefind indexes the built site only: they are searched here, on the device).
    const own = ((await myStories()?.then((stories) => stories.searchStories(state.q, state.topics))) ?? []).map(
      ({ url, title, question, excerpt }): ResultData => ({ url, excerpt, meta: { title, type: 'Your story', question } }),
    );
    if (!sameState(state, this.#state())) return;
    const data = [...own, ...pages.flatMap((page) => expand(page, state.q))];
    // A reader who already moved into the results keeps their place when they refresh.
    const focused = this.#results.contains(document.activeElement) ? (document.activeElement as HTMLAnchorElement).href : undefined;
    this.#results.replaceChildren(...data.map((result) => this.#item(result, Boolean(state.q))));
    if (focused) {
      const links = [...this.#results.querySelectorAll('a')];
      (links.find((link) => link.href === focused) ?? links[0] ?? this.#input).focus();
    }
    this.#empty.hidden = data.length > 0;
    this.#say(describeResults(response.results.length - pages.length + data.length, { q: state.q, topicLabels: labels, roundLabels }));
  }

  /** One result, built with textContent only: Pagefind's fields are raw text from the pages. */
  #item(result: ResultData, withExcerpt: boolean): HTMLLIElement {
    const item = document.createElement('li');
    const article = item.appendChild(document.createElement('article'));
    const link = article.appendChild(document.createElement('h2')).appendChild(document.createElement('a'));
    link.href = result.url;
    link.textContent = result.meta['title'] ?? result.url;
    const question = article.appendChild(document.createElement('p'));
    question.className = 'question';
    // A bank question is its own title: it says what it is, and where it leads, instead; a story of yours says so before its question.
    const type = result.meta['type'];
    question.textContent = type === 'Your story' ? `Your story: ${result.meta['question']}` : type ? `${type}: the stories of yours that fit it` : (result.meta['question'] ?? '');
    // A bank question's excerpt would only repeat it: its title is the question.
    if (withExcerpt && type !== 'Unseen question') {
      const excerpt = article.appendChild(document.createElement('p'));
      for (const part of excerptParts(result.excerpt)) {
        excerpt.append(part.mark ? Object.assign(document.createElement('mark'), { textContent: part.text }) : part.text);
      }
    }
    return item;
  }

  #say(message: string) {
    this.#status.textContent = message;
  }

  /** ↓ from the box moves into the results; ↑ and ↓ move between them; ↑ from the first returns to the box. */
  #onArrows = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...this.#results.querySelectorAll('a')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.target !== this.#input && at === -1) return;
    const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
    event.preventDefault();
    if (next < 0) this.#input.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  };
}

customElements.define('search-page', SearchPage);
