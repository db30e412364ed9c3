// <interview-history>: the mock interviews kept on this device, newest first, with their figures
// and a chart of them over time. Each opens its report or is deleted with its recordings. One cut
// short by a reload or a closed tab is offered too. Loaded once the interview page has loaded.
import { clock } from '../../lib/clock.ts';
import { keyPointShare, type SessionRecord } from '../../lib/interview/session.ts';
import { listSessions, type Sessions } from '../../lib/interview/session-list.ts';
import { deleteSession } from '../../lib/interview/session-store.ts';
import { readMessage, saveMessage, skippedMessage } from '../../lib/rehearsal/messages.ts';
import { plural } from '../../lib/words.ts';
import { h } from '../shared/dom.ts';
import { trendCharts } from './chart.ts';

/** The interviews kept on this device as this list reads them, for the home page's last one (src/scripts/plan/home-figures.ts). */
export { listSessions };

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * "5 answers · 14:32 · 3 of 5 within time · key points 60% · 2.1 filler words a minute". The figures
 * are worked out by the report: an interview cut short before it has only its answers and time.
 */
export function describeSession({ figures, seconds, answers }: SessionRecord): string {
  const base = [plural(answers.length, 'answer'), clock(seconds)];
  if (figures.answers !== answers.length) return base.join(' · ');
  const share = keyPointShare(figures);
  return [
    ...base,
    `${figures.withinTime} of ${figures.answers} within time`,
    // Never a share nobody measured: an interview whose key points nobody ticked or said says so.
    share !== undefined ? `key points ${share}%` : figures.answers > 0 && figures.keyPointsChecked === 0 && 'key points not checked',
    figures.wpm !== undefined && `${figures.wpm} words a minute`,
    figures.fillersPerMinute !== undefined && `${figures.fillersPerMinute} filler words a minute`,
  ]
    .filter(Boolean)
    .join(' · ');
}

export class InterviewHistory extends HTMLElement {
  connectedCallback() {
    void this.refresh();
  }

  async refresh(): Promise<void> {
    let listing: Sessions;
    try {
      listing = await listSessions();
    } catch (error) {
      return void this.replaceChildren(h('p', { className: 'muted' }, readMessage(error).replace('Saved attempts', 'Past interviews')));
    }
    const round = this.dataset['round'];
    const sessions = listing.sessions.filter((session) => !round || session.setup.round === round);
    const status = h('p', { role: 'status', className: 'muted' }, listing.skipped ? skippedMessage(listing.skipped) : '');
    if (sessions.length === 0) {
      return void this.replaceChildren(h('p', { className: 'muted' }, 'None yet: each one you run is kept here.'), status);
    }
    const answered = sessions.filter((session) => session.figures.answers > 0 && session.figures.answers === session.answers.length);
    this.replaceChildren(
      answered.length > 1 ? trendCharts(answered) : h('p', { className: 'muted' }, 'A chart of your figures appears here after two interviews.'),
      h('ol', { className: 'sessions' }, ...sessions.map((session) => this.#item(session, status))),
      status,
    );
  }

  #item(session: SessionRecord, status: HTMLElement): HTMLElement {
    const name = h('span', { className: 'visually-hidden' }, ` the interview of ${when(session.at)}`);
    const button = (label: string, act: () => void) => {
      const element = h('button', { type: 'button' }, label, name.cloneNode(true));
      element.addEventListener('click', act);
      return element;
    };
    return h(
      'li',
      {},
      h('p', {}, h('strong', {}, when(session.at)), ` · ${describeSession(session)}`),
      session.ended ? '' : h('p', { className: 'interrupted' }, `Cut short after ${plural(session.answers.length, 'answer')} (a reload or a closed tab): its report has them.`),
      h(
        'div',
        { className: 'actions' },
        button('Open the report', () => this.dispatchEvent(new CustomEvent('interview-open', { bubbles: true, detail: session }))),
        button('Delete', () => void this.#delete(session, status)),
      ),
    );
  }

  async #delete(session: SessionRecord, status: HTMLElement) {
    if (!confirm(`Delete the interview of ${when(session.at)} with its recordings?`)) return;
    try {
      await deleteSession(session);
      await this.refresh();
      this.querySelector('[role=status]')!.textContent = 'Interview deleted, with its recordings.';
    } catch (error) {
      status.textContent = saveMessage(error).split('.')[0]!;
    }
  }
}

customElements.define('interview-history', InterviewHistory);
