// <story-page>: one of your stories (its id in the address: ?id=), from this device, with the
// Rehearse panel working on it. What fills it (your-stories.ts) loads only where there are stories.
import { openRehearsal } from '../shared/lazy.ts';
import { myStories } from './stories-loader.ts';

class StoryPage extends HTMLElement {
  connectedCallback() {
    this.querySelector('rehearse-panel details')?.addEventListener('toggle', openRehearsal);
    const show = () => {
      const id = new URLSearchParams(location.search).get('id');
      if (id === null) return;
      const found = myStories()?.then((module) => module.showStory(this, id, JSON.parse(this.dataset['titles']!)));
      if (!found) this.querySelector('[data-status]')!.textContent = 'This story is not on this device: your stories are kept in the browser they were written in.';
    };
    show();
    // Edited in another tab, or come back to: shown as it is now.
    addEventListener('storage', show);
    addEventListener('popstate', show);
  }
}

customElements.define('story-page', StoryPage);
