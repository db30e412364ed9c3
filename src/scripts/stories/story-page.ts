// <story-page>: one of your stories (its id in the address: ?id=), from this device, with the
// Rehearse panel working on it. What fills it (your-stories.ts) loads only where there are stories.
import { STORIES_KEY } from '../../lib/kept/keys.ts';
import { onStoredChange } from '../../lib/kept/other-tabs.ts';
import { openRehearsal } from '../shared/lazy.ts';
import { myStories } from './stories-loader.ts';

class StoryPage extends HTMLElement {
  #connection?: AbortController;

  connectedCallback() {
    const signal = (this.#connection = new AbortController()).signal;
    // Two panels: the story at its length, and its short version, whose body is put in on its first
    // opening (as on a question's page, question-page.ts).
    for (const details of this.querySelectorAll('rehearse-panel details')) {
      details.addEventListener(
        'toggle',
        (event) => {
          const later = details.querySelector('template');
          later?.replaceWith(later.content);
          openRehearsal(event);
        },
        { signal },
      );
    }
    const show = () => {
      const id = new URLSearchParams(location.search).get('id');
      if (id === null) return;
      const found = myStories()?.then((module) => module.showStory(this, id, JSON.parse(this.dataset['titles']!)));
      if (!found) this.querySelector('[data-status]')!.textContent = 'This story is not on this device: your stories are kept in the browser they were written in.';
    };
    show();
    // Edited in another tab, or come back to: shown as it is now.
    onStoredChange([STORIES_KEY], show, signal);
    addEventListener('popstate', show, { signal });
  }

  disconnectedCallback() {
    this.#connection!.abort();
  }
}

customElements.define('story-page', StoryPage);
