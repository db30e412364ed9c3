// Your own stories, everywhere a model answer is: what each page does with them, in one build of its
// own that a page loads only where this device holds some (my-stories.ts). The stories are read
// from the device (stories/stored.ts) and shown as text, never as HTML.
import { formatSpeakingTime, isoDuration } from '../lib/speaking-time.ts';
import { KIND_LABELS, partLabels } from '../lib/star.ts';
import { storyRehearsal, storySeconds, storyTiming } from '../lib/stories/derive.ts';
import { shareValue, type Shared } from '../lib/shared-value.ts';
import { keptStories, loadStories, type Stories } from '../lib/stories/stored.ts';
import type { Story } from '../lib/stories/story.ts';
import { topicLabel } from '../lib/topics.ts';
import { editUrl, storyUrl } from '../lib/stories/urls.ts';
import { questionUrl } from '../lib/url.ts';
import { h } from './rehearse/dom.ts';
import { deleteWithUndo } from './stories/delete.ts';
import { storyModel } from './stories/model.ts';

export { loadStories };

/** The editor (story-editor.ts), a part of this build that loads when you come to write. */
export const editor = () => import('./story-editor.ts');


/** "1 story of yours could not be read and was left out." for records that are not stories, once a page. */
export const skippedLine = ({ skipped }: Pick<Stories, 'skipped'>) =>
  skipped ? `${skipped === 1 ? 'One story' : `${skipped} stories`} kept on this device could not be read and ${skipped === 1 ? 'was' : 'were'} left out. The others are all here.` : '';

/** The story's answer as a practice card and the story page show it: its lines, key points and whole answer. */
export function answerBody(story: Story): HTMLElement {
  const model = storyModel(story);
  return h(
    'div',
    { 'data-answer-body': true },
    h('h3', {}, 'Your answer'),
    h('dl', { className: 'star-lines' }, ...model.star.map(({ label, text }) => h('div', {}, h('dt', {}, label), h('dd', {}, text)))),
    model.rehearsal.keyPoints.length ? h('h4', {}, 'Don’t forget') : '',
    // The Rehearse panel finds the key points by this attribute.
    h('ul', { className: 'key-points', 'data-key-points': story.id }, ...model.rehearsal.keyPoints.map((point) => h('li', {}, point))),
    model.answer ? h('div', { className: 'prose' }, model.answer) : '',
  );
}

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
  choose();
}

/** The study plan's questions: your stories are questions like any other, in the place of the model answers they replace. */
export function planQuestions<Q extends { id: string }>(questions: Q[]) {
  const { stories } = loadStories();
  const mine = stories.map(({ id, round, title }) => ({ id, round, title: title || 'Untitled story' }));
  return [...questions.filter(({ id }) => !stories.some(({ replaces }) => replaces === id)), ...mine];
}

/** The stories as every tab shares them, for the changes made here (one for the page). */
let shared: Shared<Stories> | undefined;
const kept = () => (shared ??= shareValue(keptStories, () => {}));

/** A story as the list of your stories shows it. */
function listItem(story: Story, replaced: string | undefined, remove: () => void): HTMLElement {
  const name = h('span', { className: 'visually-hidden' }, ` ${story.title || 'Untitled story'}`);
  const del = h('button', { type: 'button', className: 'quiet' }, 'Delete', name.cloneNode(true));
  del.addEventListener('click', remove);
  return h(
    'li',
    { className: 'surface story-item', 'data-story': story.id },
    h('h2', {}, h('a', { href: storyUrl(story.id) }, story.title || 'Untitled story')),
    h('p', { className: 'question' }, story.question || 'No question yet.'),
    h(
      'p',
      { className: 'meta' },
      `${formatSpeakingTime(storySeconds(story))} · `,
      story.topics.length ? `${story.topics.map(topicLabel).join(', ')} · ` : '',
      h('span', { className: 'last-rating', 'data-last-rating': story.id }, 'Not practised yet'),
    ),
    replaced ? h('p', { className: 'replaces' }, 'In place of the model answer ', h('a', { href: questionUrl(story.replaces!) }, replaced)) : '',
    h('p', { className: 'actions' }, h('a', { className: 'button', href: editUrl(story.id) }, 'Edit', name), del),
  );
}

/** The list of your stories, newest first; `titles` names the site's questions a story may replace; `status` says what was left out, and deletions. */
export function renderList(list: HTMLElement, titles: Record<string, string>, status: HTMLElement): Stories {
  const stored = loadStories();
  const show = () => renderList(list, titles, status);
  list.replaceChildren(...stored.stories.map((story) => listItem(story, story.replaces && titles[story.replaces], () => deleteWithUndo(kept(), story, status, show))));
  if (!status.textContent) status.textContent = stored.unreadable ? 'Your stories could not be read; what was stored is kept aside, and new ones start afresh.' : skippedLine(stored);
  return stored;
}

/**
 * A story's own page: everything a model answer's page shows, from the device, and the Rehearse
 * panel set to it. Says so when the story is not on this device.
 */
export function showStory(page: HTMLElement, id: string, titles: Record<string, string>): void {
  const story = loadStories().stories.find((candidate) => candidate.id === id);
  const $ = <T extends HTMLElement = HTMLElement>(selector: string) => page.querySelector<T>(selector)!;
  const panel = $('rehearse-panel');
  $('[data-body]').hidden = $('[data-actions]').hidden = panel.hidden = !story;
  if (!story) {
    $('[data-status]').textContent = 'This story is not on this device (deleted, or written in another browser).';
    return;
  }
  const title = story.title || 'Untitled story';
  document.title = document.title.replace(/^[^·]*/, `${title} `);
  $('[data-kind]').textContent = `Your story · ${KIND_LABELS[story.kind]}`;
  $('[data-title]').textContent = title;
  $('[data-question]').textContent = story.question;
  const { seconds, parts } = storyTiming(story);
  const labels = partLabels(story.kind);
  $('[data-meta]').replaceChildren(
    `Answer: ${formatSpeakingTime(seconds)} (${parts.map((part, i) => `${labels[i]} ${part.share}%`).join(', ')})`,
    story.topics.length ? ` · ${story.topics.map(topicLabel).join(', ')}` : '',
    story.replaces ? ' · In place of the model answer ' : '',
    story.replaces ? h('a', { href: questionUrl(story.replaces) }, titles[story.replaces] ?? 'on the site') : '',
  );
  $<HTMLAnchorElement>('[data-edit]').href = editUrl(story.id);
  const model = storyModel(story);
  $('[data-lines]').replaceChildren(...model.star.map(({ label, text }) => h('div', {}, h('dt', {}, label), h('dd', {}, text))));
  const points = $('[data-points]');
  points.dataset['keyPoints'] = story.id;
  points.replaceChildren(...model.rehearsal.keyPoints.map((point) => h('li', {}, point)));
  // No key points yet: no heading over an empty list.
  points.parentElement!.hidden = !model.rehearsal.keyPoints.length;
  $('[data-answer]').replaceChildren(model.answer ?? h('p', {}, 'No whole answer written yet: the four lines above are the answer.'));
  const { keyPoints: _fromThePage, labels: _fromTheKind, ...carried } = model.rehearsal;
  panel.dataset['rehearse'] = JSON.stringify(carried);
}

/** The mock interview: your stories as questions, each with its own answer for the report (nothing to fetch). */
export const interviewQuestions = () =>
  loadStories()
    .stories.filter((story) => story.question.trim())
    .map((story) => {
      const model = storyModel(story);
      const { id, round, title, question, kind, topics, replaces } = story;
      return { id, round, title: title || 'Untitled story', question, kind, topics, seconds: model.rehearsal.seconds, parts: model.rehearsal.parts, followUps: model.rehearsal.followUps, model, own: true as const, ...(replaces && { replaces }) };
    });

/**
 * The questions of a mock interview: the page's, with your stories in the place of the model
 * answers they replace and the others after them; (`stories`) your stories only; or (`''`, a past
 * session's report) all of them.
 */
export function interviewPool<Q extends { id: string }>(questions: Q[], source: string) {
  const own = interviewQuestions();
  return source === 'stories' ? own : [...questions.filter(({ id }) => !source || !own.some((story) => story.replaces === id)), ...own];
}

/** What the drill and the coverage page rank a story by, as the site's own stories are. */
export const rankableStories = () =>
  loadStories().stories.map((story) => ({
    id: story.id,
    title: story.title || 'Untitled story',
    topics: story.topics,
    seconds: storySeconds(story),
    url: storyUrl(story.id),
    keyPoints: story.keyPoints,
  }));

/** The words of a text, lower-cased, for search. */
const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Search: your stories that hold every word searched (a word may be the start of one: "deleg" finds
 * "delegate") and, with topics chosen, are on one of them; best first by how often, each with a few
 * words around the first match.
 */
export function searchStories(query: string, topics: readonly string[] = []): { url: string; title: string; question: string; excerpt: string }[] {
  const searched = wordsOf(query);
  if (!searched.length && !topics.length) return [];
  return loadStories()
    .stories.filter((story) => !topics.length || story.topics.some((topic) => topics.includes(topic)))
    .map((story) => {
      const text = [story.title, story.question, story.situation, story.task, story.action, story.result, ...story.keyPoints, story.answer].join(' ');
      const words = wordsOf(text);
      const hits = searched.map((word) => words.filter((candidate) => candidate.startsWith(word)).length);
      const at = searched.length ? text.toLowerCase().indexOf(searched[0]!) : -1;
      const excerpt = at < 0 ? '' : `${at > 60 ? '…' : ''}${text.slice(Math.max(0, at - 60), at + 100).trim()}…`;
      return { story, score: hits.every(Boolean) ? hits.reduce((sum, n) => sum + n, 1) : 0, excerpt };
    })
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score)
    .map(({ story, excerpt }) => ({ url: storyUrl(story.id), title: story.title || 'Untitled story', question: story.question, excerpt }));
}

/**
 * The cheat sheet: your stories on it, each as the sheet shows a model answer (the first item's
 * shape, copied), in the place of the model answer it replaces (which leaves the sheet).
 */
export function sheetStories(sheet: HTMLElement): void {
  const pattern = sheet.querySelector<HTMLElement>('.item');
  if (!pattern) return;
  for (const story of loadStories().stories.filter((candidate) => (candidate.round === sheet.dataset['round'] || !sheet.dataset['round']) && candidate.title)) {
    const item = pattern.cloneNode(true) as HTMLElement;
    item.dataset['id'] = story.id;
    item.setAttribute('aria-labelledby', `sheet-${story.id}`);
    const heading = item.querySelector('h2')!;
    heading.id = `sheet-${story.id}`;
    heading.querySelector('a')!.href = storyUrl(story.id);
    heading.querySelector('a')!.textContent = story.title;
    const time = item.querySelector('time');
    if (time) {
      time.dateTime = isoDuration(storySeconds(story));
      time.textContent = formatSpeakingTime(storySeconds(story));
    }
    item.querySelector<HTMLInputElement>('[data-choose]')!.value = story.id;
    item.querySelector('.question')!.textContent = `Your story. ${story.question}`;
    const model = storyModel(story);
    item.querySelector('.star-lines')!.replaceChildren(...model.star.map(({ label, text }) => h('div', {}, h('dt', {}, label), h('dd', {}, text))));
    item.querySelector('.key-points')!.replaceChildren(...model.rehearsal.keyPoints.map((point) => h('li', {}, point)));
    const replaced = story.replaces ? sheet.querySelector<HTMLElement>(`.item[data-id="${story.replaces}"]`) : null;
    if (replaced) {
      replaced.replaceWith(item);
      item.querySelector('.number')!.textContent = replaced.querySelector('.number')!.textContent;
    } else {
      const items = sheet.querySelectorAll('.item');
      items[items.length - 1]!.after(item);
      item.querySelector('.number')!.textContent = `${items.length + 1}.`;
    }
  }
}

/**
 * The coverage page of unseen questions: your stories among those that fit each question (by shared
 * topics), and a gap closed when one of yours covers it.
 */
export function coverBank(root: HTMLElement): void {
  const own = loadStories().stories;
  for (const item of root.querySelectorAll<HTMLElement>('[data-bank]')) {
    const topics = item.dataset['topics']!.split(' ');
    const fitting = own.filter((story) => story.topics.some((topic) => topics.includes(topic)));
    if (!fitting.length) continue;
    const fits = item.querySelector('.fits')!;
    const yours = fitting.flatMap((story, i) => [i ? '; ' : '', h('a', { href: storyUrl(story.id) }, story.title || 'Untitled story'), ` (${story.topics.filter((topic) => topics.includes(topic)).map(topicLabel).join(', ')})`]);
    if (item.dataset['fits'] === '0') {
      fits.replaceChildren('Your stories that fit: ', ...yours);
      // No longer a gap: one of yours covers it.
      const gap = root.querySelector(`[data-gap="${item.dataset['bank']}"]`);
      const group = gap?.closest('[data-gap-topic]');
      gap?.remove();
      if (group && !group.querySelector('[data-gap]')) group.remove();
    } else fits.prepend('Your stories that fit: ', ...yours, '. ');
    item.dataset['fits'] = String(Number(item.dataset['fits']) + fitting.length);
  }
  root.querySelector<HTMLElement>('[data-no-gaps]')!.hidden = root.querySelector('[data-gap]') !== null;
}
