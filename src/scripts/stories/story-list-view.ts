// The list of your stories on /stories/, newest first, each with Edit and Delete (undone for a moment).
import { formatSpeakingTime } from '../../lib/speaking-time.ts';
import { storySeconds } from '../../lib/stories/derive.ts';
import { shareValue, type Shared } from '../../lib/shared-value.ts';
import { keptStories, loadStories, type Stories } from '../../lib/stories/stored.ts';
import type { Story } from '../../lib/stories/story.ts';
import { topicLabel } from '../../lib/topics.ts';
import { editUrl, storyUrl } from '../../lib/stories/urls.ts';
import { questionUrl } from '../../lib/url.ts';
import { h } from '../shared/dom.ts';
import { deleteWithUndo } from './delete.ts';
import { skippedLine } from './story-view.ts';

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
