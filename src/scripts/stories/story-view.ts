// A story of yours as its page shows it: everything a model answer's page shows, from the device,
// and the Rehearse panel set to it; and its answer as a practice card shows it too.
import { formatSpeakingTime } from '../../lib/speaking-time.ts';
import { KIND_LABELS } from '../../lib/star.ts';
import { storyLabels } from '../../lib/stories/opening.ts';
import { storyTiming } from '../../lib/stories/derive.ts';
import { loadStories, type Stories } from '../../lib/stories/stored.ts';
import type { Story } from '../../lib/stories/story.ts';
import { topicLabel } from '../../lib/topics.ts';
import { editUrl } from '../../lib/stories/urls.ts';
import { questionUrl } from '../../lib/url.ts';
import { h } from '../shared/dom.ts';
import { storyModel } from './model.ts';
import { SHORT_SECONDS, shortHint } from '../../lib/conversation/asked.ts';

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
 * A story's own page: everything a model answer's page shows, from the device, and the Rehearse
 * panel set to it. Says so when the story is not on this device.
 */
export function showStory(page: HTMLElement, id: string, titles: Record<string, string>): void {
  const story = loadStories().stories.find((candidate) => candidate.id === id);
  const $ = <T extends HTMLElement = HTMLElement>(selector: string) => page.querySelector<T>(selector)!;
  const [panel, short] = page.querySelectorAll<HTMLElement>('rehearse-panel') as unknown as [HTMLElement, HTMLElement];
  $('[data-body]').hidden = panel.hidden = short.hidden = !story;
  for (const actions of page.querySelectorAll<HTMLElement>('[data-actions]')) actions.hidden = !story;
  if (!story) {
    $('[data-status]').textContent = 'This story is not on this device (deleted, or written in another browser).';
    return;
  }
  const title = story.title || 'Untitled story';
  document.title = document.title.replace(/^[^·]*/, `${title} `);
  $('[data-kind]').textContent = story.kind === 'opening' ? 'Your opening · “Tell me about yourself”' : `Your story · ${KIND_LABELS[story.kind]}`;
  $('[data-title]').textContent = title;
  $('[data-question]').textContent = story.question;
  const { seconds, parts } = storyTiming(story);
  const labels = storyLabels(story.kind);
  $('[data-meta]').replaceChildren(
    `Answer: ${formatSpeakingTime(seconds)} (${parts.map((part, i) => `${labels[i]} ${part.share}%`).join(', ')})`,
    story.topics.length ? ` · ${story.topics.map(topicLabel).join(', ')}` : '',
    story.replaces ? ' · In place of the model answer ' : '',
    story.replaces ? h('a', { href: questionUrl(story.replaces) }, titles[story.replaces] ?? 'on the site') : '',
  );
  $<HTMLAnchorElement>('[data-edit]').href = editUrl(story.id);
  // The editor's own way to write the entry, loaded on the click.
  $('[data-mdx]').onclick = () => void import('./mdx-file.ts').then(({ downloadMdx }) => downloadMdx(story, JSON.parse(page.dataset['orders']!)));
  const model = storyModel(story);
  $('[data-lines]').replaceChildren(...model.star.map(({ label, text }) => h('div', {}, h('dt', {}, label), h('dd', {}, text))));
  const points = $('[data-points]');
  points.dataset['keyPoints'] = story.id;
  points.replaceChildren(...model.rehearsal.keyPoints.map((point) => h('li', {}, point)));
  // No key points yet: no heading over an empty list.
  points.parentElement!.hidden = !model.rehearsal.keyPoints.length;
  $('[data-answer]').replaceChildren(model.answer ?? h('p', {}, 'No whole answer written yet: the four lines above are the answer.'));
  const { keyPoints: _fromThePage, labels: partNames, ...carried } = model.rehearsal;
  // An opening's parts are its own (the panel knows a story's and an approach's by their kind).
  panel.dataset['rehearse'] = JSON.stringify(story.kind === 'opening' ? { ...carried, labels: partNames } : carried);
  // Its short version, against 0:30 (an opening has none: it is short already).
  short.hidden = story.kind === 'opening';
  short.dataset['rehearse'] = JSON.stringify({ ...carried, seconds: SHORT_SECONDS });
  short.querySelector('.hint')!.textContent = shortHint(title);
}
