// <story-list>: My stories. The device's stories, newest first, each with its last rating; what
// shows them (your-stories.ts) loads only where there are some. Another tab's change shows here too.
import { PROGRESS_KEY, STORIES_KEY } from '../../lib/kept/keys.ts';
import { onStoredChange } from '../../lib/kept/other-tabs.ts';
import { loadProgress } from '../../lib/progress.ts';
import { readItem } from '../../lib/storage.ts';
import { storiesCode } from './stories-loader.ts';
import { showProgress } from '../practice/progress-view.ts';

class StoryList extends HTMLElement {
  #connection?: AbortController;

  connectedCallback() {
    void this.#show();
    onStoredChange([STORIES_KEY, PROGRESS_KEY], () => void this.#show(), (this.#connection = new AbortController()).signal);
  }

  disconnectedCallback() {
    this.#connection!.abort();
  }

  async #show() {
    // Any stored value, even one that cannot be read (which the list then reports).
    const module = readItem(STORIES_KEY) === null ? undefined : await storiesCode();
    const list = this.querySelector<HTMLElement>('[data-list]')!;
    if (!module) return list.replaceChildren();
    const stored = module.renderList(list, JSON.parse(this.dataset['titles']!), this.querySelector('[data-status]')!);
    this.querySelector<HTMLElement>('[data-empty]')!.hidden = stored.stories.length > 0;
    showProgress(this, loadProgress());
  }
}

customElements.define('story-list', StoryList);
