// A practice card's rating: kept at once, shown for a moment, then the next card; for a few seconds
// Undo (or U) takes it back, the rating before it standing again, and brings the card back. After the
// last card due today, "Done for today" takes the card's place. It loads with the answers, on the
// first Reveal (practice-answer.ts): nothing of it weighs on the page's first load.
import { rate, unrate, type Progress, type Rating } from '../../lib/progress.ts';
import { h } from '../shared/dom.ts';

/** How long a rating shows on its card before the next; how long Undo stays. */
export const MOMENT_MS = 1000;
export const UNDO_MS = 8000;

interface Card {
  id: string;
}

/** The practice session (practice-session.ts), as a rating works with it. */
export interface RatingHost<C extends Card> extends HTMLElement {
  /** The card on show. */
  readonly card: C | undefined;
  /** Shows `card` again with its answer; without one, the next card. */
  goTo(card?: C): void;
  /** Changes the ratings: whether it was kept, and the plan worked out again (today's session done: the next one's day). */
  change(change: (progress: Progress) => Progress): [boolean, Promise<string | undefined>];
}

/** The rating still in its moment: a second one given then replaces it. */
let showing: { card: Card; at: string } | undefined;

/** Rates the card on show (revealed). */
export function rateCard<C extends Card>(host: RatingHost<C>, rating: Rating): void {
  const $ = <T extends HTMLElement = HTMLElement>(selector: string) => host.querySelector<T>(selector)!;
  const card = host.card!;
  const now = new Date();
  const replaced = showing?.card === card ? showing.at : undefined;
  const given = (showing = { card, at: now.toISOString() });
  const [saved, planned] = host.change((progress) => rate(replaced ? unrate(progress, card.id, replaced) : progress, card.id, rating, now));
  for (const choice of host.querySelectorAll<HTMLElement>('[data-rate]')) choice.ariaPressed = String(choice.dataset['rate'] === rating);
  const status = $('[data-plan-status]');
  const said = (kept: boolean) => $(kept ? '[data-saved]' : '[data-unsaved]').textContent;
  const undo = h('button', { type: 'button', className: 'quiet', 'data-key': 'u' }, 'Undo');
  // Said beside the rating (on a phone, in the bar at the foot), with the way back.
  status.replaceChildren(`${said(saved)} `, undo);
  const gone = setTimeout(() => undo.remove(), UNDO_MS);
  undo.onclick = () => {
    clearTimeout(gone);
    if (showing === given) showing = undefined;
    const [kept] = host.change((progress) => unrate(progress, card.id, given.at));
    host.removeAttribute('data-done');
    host.goTo(card);
    status.textContent = kept ? 'Rating undone: the card is back.' : said(false);
  };
  const rated = $('fieldset[data-rating]').contains(document.activeElement);
  void Promise.all([new Promise((moment) => setTimeout(moment, MOMENT_MS)), planned.catch(() => undefined)]).then(([, next]) => {
    // Undone, rated again, or left for another card meanwhile: nothing moves.
    if (showing !== given || host.card !== card) return;
    showing = undefined;
    if (next === undefined) {
      host.goTo();
      // A rating pressed (a tap, a click) hid with its card: the next card's Reveal takes the focus.
      if (rated) $('[data-action=reveal]').focus();
      return;
    }
    const done = $('[data-done-text]');
    done.textContent = `Done for today.${next ? ` Next session: ${next}.` : ''}`;
    host.toggleAttribute('data-done', true);
    // Keep practising: the next card (the session moves on), in the card's place again.
    $('.done button').onclick = () => host.removeAttribute('data-done');
    done.focus();
  });
}
