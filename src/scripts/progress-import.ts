// <progress-import>: the /import/ page. Reads progress sent from another device out of the
// address's fragment (which never reaches a server), shows what it holds against what this device
// has, and merges it when asked: all of it or nothing. The rehearsal store's code loads on Import.
// Its longer sentences are in the page ([data-text]): bytes of script count, bytes of HTML less.
import { loadProgress, RATING_LABELS, type Attempt } from '../lib/progress.ts';
import { writeItems } from '../lib/storage-batch.ts';
import { decodeTransfer } from '../lib/transfer/codec.ts';
import { compareRatings, itemsToWrite } from '../lib/transfer/merge.ts';
import { listOf, plural } from '../lib/words.ts';
import type { Transfer } from '../lib/transfer/payload.ts';
import { lazyElement } from './lazy.ts';
import type { ProgressTools } from './progress-tools.ts';

const day = (at: string) => new Date(at).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const rating = ({ rating, at }: Attempt) => `${RATING_LABELS[rating]}, ${day(at)}`;

class ProgressImport extends HTMLElement {
  #transfer: Transfer | undefined;
  #$ = <T extends HTMLElement = HTMLElement>(selector: string) => this.querySelector<T>(selector)!;

  connectedCallback() {
    this.#$('[data-import]').addEventListener('click', () => void this.#import());
    // Another link opened while this page is showing changes only the fragment.
    addEventListener('hashchange', () => void this.#read());
    void this.#read();
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
    const changes = compareRatings(loadProgress(), transfer.ratings);
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
    const settings = [
      ...Object.entries(transfer.settings).map(([name, value]) =>
        name === 'theme' ? `${value} theme` : name === 'practice' ? `practice mode ${value}` : `single-key shortcuts ${value}`,
      ),
      ...(transfer.sheet ? [`${plural(transfer.sheet.length, 'question')} left off the cheat sheet`] : []),
    ];
    this.#$('[data-settings]').textContent = settings.join(', ');
    this.#$('[data-take-settings]').hidden = settings.length === 0;
    this.#$('[data-preview]').hidden = false;
  }

  async #import() {
    const transfer = this.#transfer!;
    const take = this.#$<HTMLInputElement>('[name=settings]').checked;
    const local = loadProgress();
    const newer = compareRatings(local, transfer.ratings).filter((change) => change.newer).length;
    const written = writeItems(itemsToWrite(local, transfer, take));
    if (!written) return this.#say(this.#text('full'));
    let added = { attempts: 0, sessions: 0 };
    const sessions = transfer.sessions ?? [];
    if (transfer.attempts.length + sessions.length) {
      try {
        await lazyElement('progress-tools');
        added = await (document.createElement('progress-tools') as ProgressTools).importRecords(transfer.attempts, sessions);
      } catch (error) {
        // One transaction: no attempt was written. Put the ratings and settings back too.
        written.undo();
        return this.#say(`${this.#text('attempts-failed')} (${(error as Error).name}).`);
      }
    }
    // The progress is on this device now: it need not linger in the address bar or history.
    history.replaceState(history.state, '', location.pathname + location.search);
    this.#$('[data-preview]').hidden = true;
    this.#$('[data-done]').hidden = false;
    const parts = [
      plural(newer, 'newer rating'),
      ...(transfer.attempts.length ? [plural(added.attempts, 'new rehearsal attempt')] : []),
      ...(sessions.length ? [plural(added.sessions, 'new mock interview')] : []),
    ];
    this.#say(`Imported ${listOf(parts)}.${take ? ` ${this.#text('settings-taken')}` : ''}`);
  }

  #text(name: string): string {
    return this.#$(`[data-text=${name}]`).textContent!;
  }

  #say(message: string) {
    this.#$('[data-message]').textContent = message;
  }
}

customElements.define('progress-import', ProgressImport);
