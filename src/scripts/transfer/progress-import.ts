// <progress-import>: the /import/ page. Reads progress sent from another device out of the
// address's fragment (which never reaches a server), shows what it holds against what this device
// has, and merges it when asked: all of it or nothing. What writes it (take-progress.ts) loads on Import.
// Its longer sentences are in the page ([data-text]): bytes of script count, bytes of HTML less.
import { fromReviews, loadProgress, RATING_LABELS, type Attempt } from '../../lib/progress.ts';
import { decodeTransfer } from '../../lib/transfer/codec.ts';
import { compareRatings } from '../../lib/transfer/merge.ts';
import { plural } from '../../lib/words.ts';
import type { Transfer } from '../../lib/transfer/payload.ts';
import { lazyModule } from '../shared/lazy.ts';

const day = (at: string) => new Date(at).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const rating = ({ rating, at }: Attempt) => `${RATING_LABELS[rating]}, ${day(at)}`;

class ProgressImport extends HTMLElement {
  #transfer: Transfer | undefined;
  #connection?: AbortController;
  #$ = <T extends HTMLElement = HTMLElement>(selector: string) => this.querySelector<T>(selector)!;

  connectedCallback() {
    const signal = (this.#connection = new AbortController()).signal;
    this.#$('[data-import]').addEventListener('click', () => void this.#import(), { signal });
    // Another link opened while this page is showing changes only the fragment.
    addEventListener('hashchange', () => void this.#read(), { signal });
    void this.#read();
  }

  disconnectedCallback() {
    this.#connection!.abort();
  }

  async #read() {
    this.#say('');
    this.#$('[data-preview]').hidden = this.#$('[data-done]').hidden = true;
    // No "#" at all: the page was opened to read about it, not from a link.
    if (!location.href.includes('#')) return;
    const decoded = await decodeTransfer(location.hash.slice(1));
    if (!decoded.ok) return this.#say(this.#text(decoded.problem));
    this.#transfer = decoded.transfer;
    this.#preview(decoded.transfer);
  }

  #preview(transfer: Transfer) {
    const titles = JSON.parse(this.dataset['titles']!) as Record<string, string>;
    const changes = compareRatings(loadProgress(), fromReviews(transfer.reviews));
    const newer = changes.filter((change) => change.newer).length;
    this.#$('[data-summary]').textContent = `${plural(changes.length, 'rating')}, ${newer} newer than this device’s.`;
    this.#$('[data-ratings]').replaceChildren(
      ...changes.map(({ id, incoming, local, newer }) => {
        const item = document.createElement('li');
        const outcome = !local ? 'new to this device' : newer ? `replaces ${rating(local)}` : `left out: this device’s ${rating(local)} is newer`;
        item.textContent = `${titles[id] ?? id}: ${rating(incoming)}, ${outcome}`;
        return item;
      }),
    );
    const attempts = transfer.attempts.length;
    const line = this.#$('[data-attempts]');
    line.textContent = `${plural(attempts, 'rehearsal attempt')} ${this.#text('attempts')}`;
    line.hidden = !attempts;
    const sessions = transfer.sessions?.length ?? 0;
    const interviews = this.#$('[data-sessions]');
    interviews.textContent = `${plural(sessions, 'mock interview')} ${this.#text('sessions')}`;
    interviews.hidden = !sessions;
    const stories = Object(Object(transfer.stories).stories).length || 0;
    const yours = this.#$('[data-stories]');
    yours.textContent = `${plural(stories, 'story', 'stories')} ${this.#text('stories')}`;
    yours.hidden = !stories;
    const settings = [
      ...Object.entries(transfer.settings).map(([name, value]) =>
        name === 'theme' ? `${value} theme` : name === 'practice' ? `practice mode ${value}` : `single-key shortcuts ${value}`,
      ),
      ...(transfer.sheet ? [`${plural(transfer.sheet.length, 'question')} left off the cheat sheet`] : []),
      ...(transfer.plan ? [this.#text('plan')] : []),
    ];
    this.#$('[data-settings]').textContent = settings.join(', ');
    this.#$('[data-take-settings]').hidden = settings.length === 0;
    this.#$('[data-preview]').hidden = false;
  }

  async #import() {
    const transfer = this.#transfer!;
    const take = this.#$<HTMLInputElement>('[name=settings]').checked;
    const taken = await (await lazyModule('take-progress')).takeTransfer(transfer, take);
    if (!taken.ok) return this.#say(taken.error ? `${this.#text('attempts-failed')} (${taken.error.name}).` : this.#text('full'));
    // The progress is on this device now: it need not linger in the address bar or history.
    history.replaceState(history.state, '', location.pathname + location.search);
    this.#$('[data-preview]').hidden = true;
    this.#$('[data-done]').hidden = false;
    this.#say(`Imported ${taken.summary}.${take ? ` ${this.#text('settings-taken')}` : ''}`);
  }

  #text(name: string): string {
    return this.#$(`[data-text=${name}]`).textContent!;
  }

  #say(message: string) {
    this.#$('[data-message]').textContent = message;
  }
}

customElements.define('progress-import', ProgressImport);
