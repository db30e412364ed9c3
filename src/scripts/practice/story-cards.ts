// Practice with your stories: a card each, in the place of the model answer it replaces.
import { formatSpeakingTime } from '../../lib/speaking-time.ts';
import { storyRehearsal, storySeconds } from '../../lib/stories/derive.ts';
import { loadStories } from '../../lib/stories/stored.ts';
import { storyUrl } from '../../lib/stories/urls.ts';
import { questionUrl } from '../../lib/url.ts';
import { h } from '../shared/dom.ts';
import { countStories } from './story-count.ts';
import { answerBody } from '../stories/story-view.ts';

/**
 * Practice: a card per story, answer and all (nothing to fetch), in the place of the model answer
 * it replaces, with that model answer one link away; and a choice of source in the options.
 * The session reads its cards again (`replace`).
 */
export function practiceCards(session: HTMLElement & { replace(): void }): void {
  const { stories } = loadStories();
  const deck = session.querySelector('.deck')!;
  for (const story of stories) {
    const seconds = storySeconds(story);
    const replaced = story.replaces ? session.querySelector<HTMLElement>(`#card-${story.replaces}`) : null;
    const card = h(
      'li',
      { className: 'card', id: `card-${story.id}`, 'data-own': true, 'data-topics': story.topics.join(' '), 'data-round': story.round, 'data-seconds': seconds, 'data-rehearse': JSON.stringify(storyRehearsal(story)) },
      h('h2', {}, h('a', { href: storyUrl(story.id) }, story.title || 'Untitled story')),
      h('p', { className: 'question' }, story.question),
      h(
        'p',
        { className: 'meta' },
        h('span', {}, 'Your story'),
        `Target: ${formatSpeakingTime(seconds)} `,
        h('span', { className: 'last-rating', 'data-last-rating': story.id }, 'Not practised yet'),
        replaced ? h('a', { href: questionUrl(story.replaces!) }, 'Model answer') : '',
      ),
      h('div', { className: 'answer', 'data-answer': true }, answerBody(story)),
    );
    if (replaced) {
      replaced.setAttribute('data-replaced', '');
      replaced.before(card);
    } else deck.append(card);
  }
  const source = h(
    'fieldset',
    { className: 'source' },
    h('legend', {}, 'Questions'),
    h(
      'div',
      { className: 'topics' },
      ...[
        ['mine-and-rest', 'My stories and the rest'],
        ['mine', 'Only my stories'],
        ['models', 'Only the model answers'],
      ].map(([value, label], i) => h('label', {}, h('input', { type: 'radio', name: 'source', value, checked: !i }), ` ${label}`)),
    ),
  );
  session.querySelector('.options fieldset')!.after(source);
  const choose = () => {
    const value = (source.querySelector<HTMLInputElement>(':checked')!).value;
    for (const card of session.querySelectorAll<HTMLElement>('.card')) {
      const own = card.hasAttribute('data-own');
      card.toggleAttribute('data-out', value === 'mine' ? !own : value === 'models' ? own : card.hasAttribute('data-replaced'));
      // A card left out is no longer the one shown.
      if (card.hasAttribute('data-out')) card.removeAttribute('data-current');
    }
    session.replace();
  };
  source.addEventListener('change', choose);
  // What there is to practise, whichever source is chosen: the models yours leave, and yours.
  countStories(session);
  choose();
}
