// A practice card's answer, from the question's own page (model-answer.ts): fetched the first time
// the card is revealed or its Rehearse panel opened, then kept in the card. From the service
// worker's copy it is there before the eye notices; when it cannot come (offline before the copy
// was kept), the card says so and links to the page (its title's link). The card's rating comes
// with it (card-rating.ts): a card is rated once revealed.
import { readModelAnswer } from '../shared/model-answer.ts';
import { h } from '../shared/dom.ts';

export { rateCard } from './card-rating.ts';

const filled = new WeakMap<HTMLElement, Promise<boolean>>();

/** Fills `card` (a practice card) with its answer, once; resolves whether it is there. */
export function fillAnswer(card: HTMLElement): Promise<boolean> {
  let filling = filled.get(card);
  if (!filling) {
    filling = fill(card);
    filled.set(card, filling);
    // A failure is tried again on the next reveal.
    void filling.then((ok) => ok || filled.delete(card));
  }
  return filling;
}

async function fill(card: HTMLElement): Promise<boolean> {
  // A story of yours came with its answer (your-stories.ts).
  if (card.hasAttribute('data-own')) return true;
  const id = card.id.slice('card-'.length);
  const body = card.querySelector('[data-answer-body]')!;
  const model = await readModelAnswer(id);
  if (!model?.answer) {
    const page = card.querySelector<HTMLAnchorElement>('h2 a')!.href;
    body.replaceChildren('The answer could not load here (offline, before this device kept a copy?): ', h('a', { href: page }, 'Read the model answer on its page'));
    return false;
  }
  body.replaceWith(
    h(
      'div',
      { 'data-answer-body': true },
      h('h3', {}, 'Model answer'),
      h('dl', { className: 'star-lines' }, ...model.star.map(({ label, text }) => h('div', {}, h('dt', {}, label), h('dd', {}, text)))),
      h('h4', {}, 'Don’t forget'),
      // The Rehearse panel finds the key points by this attribute.
      h('ul', { className: 'key-points', 'data-key-points': id }, ...model.rehearsal.keyPoints.map((point) => h('li', {}, point))),
      h('div', { className: 'prose' }, model.answer),
    ),
  );
  // With the follow-ups the card did not carry; the panel hears of it if this card is the one it shows.
  card.dataset['rehearse'] = JSON.stringify(model.rehearsal);
  if (card.hasAttribute('data-current')) card.closest('practice-session')?.querySelector('rehearse-panel')?.setAttribute('data-rehearse', card.dataset['rehearse']);
  return true;
}
