import { PROGRESS_KEY } from '../../lib/kept/keys.ts';
import { onStoredChange } from '../../lib/kept/other-tabs.ts';
import { loadProgress } from '../../lib/progress.ts';
import { showProgress } from './progress-view.ts';

class StudyProgress extends HTMLElement {
  #connection?: AbortController;

  connectedCallback() {
    const show = () => showProgress(this, loadProgress());
    show();
    // A rating given in another tab shows here too, while this is on the page.
    onStoredChange([PROGRESS_KEY], show, (this.#connection = new AbortController()).signal);
  }

  disconnectedCallback() {
    this.#connection!.abort();
  }
}

customElements.define('study-progress', StudyProgress);
