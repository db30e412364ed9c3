// The cheat sheet with your stories on it.
import { formatSpeakingTime, isoDuration } from '../../lib/speaking-time.ts';
import { storySeconds } from '../../lib/stories/derive.ts';
import { loadStories } from '../../lib/stories/stored.ts';
import { storyUrl } from '../../lib/stories/urls.ts';
import { h } from '../shared/dom.ts';
import { storyModel } from '../stories/model.ts';

/**
 * The cheat sheet: your stories on it, each as the sheet shows a model answer (the first item's
 * shape, copied), in the place of the model answer it replaces (which leaves the sheet); your opening first.
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
    const opening = story.kind === 'opening';
    item.querySelector('.question')!.textContent = `${opening ? 'Your opening' : 'Your story'}. ${story.question}`;
    const model = storyModel(story);
    item.querySelector('.star-lines')!.replaceChildren(...model.star.map(({ label, text }) => h('div', {}, h('dt', {}, label), h('dd', {}, text))));
    item.querySelector('.key-points')!.replaceChildren(...model.rehearsal.keyPoints.map((point) => h('li', {}, point)));
    const replaced = story.replaces ? sheet.querySelector<HTMLElement>(`.item[data-id="${story.replaces}"]`) : null;
    // Your opening is said first: it heads the sheet, unnumbered.
    if (opening) {
      item.dataset['opening'] = '';
      sheet.querySelector('.item')!.before(item);
      item.querySelector('.number')!.textContent = '';
    } else if (replaced) {
      replaced.replaceWith(item);
      item.querySelector('.number')!.textContent = replaced.querySelector('.number')!.textContent;
    } else {
      const items = sheet.querySelectorAll('.item');
      items[items.length - 1]!.after(item);
      item.querySelector('.number')!.textContent = `${sheet.querySelectorAll('.item:not([data-opening])').length}.`;
    }
  }
}
