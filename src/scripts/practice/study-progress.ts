import { PROGRESS_KEY } from '../../lib/kept/keys.ts';
import { onStoredChange } from '../../lib/kept/other-tabs.ts';
import { loadProgress } from '../../lib/progress.ts';
import { showProgress } from './progress-view.ts';
import { myStories } from '../stories/stories-loader.ts';

class StudyProgress extends HTMLElement {
  #connection?: AbortController;

  connectedCallback() {
    const show = () => showProgress(this, loadProgress());
    show();
    // Your stories, where this device holds some, are counted as practice counts them.
    void myStories()?.then((stories) => (stories.countStories(this), show()));
    // A rating given in another tab shows here too, while this is on the page.
    onStoredChange([PROGRESS_KEY], show, (this.#connection = new AbortController()).signal);
  }

  disconnectedCallback() {
    this.#connection!.abort();
  }
}

customElements.define('study-progress', StudyProgress);
