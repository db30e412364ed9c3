import { loadProgress } from '../../lib/progress.ts';
import { showProgress } from './progress-view.ts';

class StudyProgress extends HTMLElement {
  connectedCallback() {
    const show = () => showProgress(this, loadProgress());
    show();
    // A rating given in another tab shows here too.
    addEventListener('storage', show);
  }
}

customElements.define('study-progress', StudyProgress);
