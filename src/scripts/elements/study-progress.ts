import { loadProgress } from '../../lib/progress.ts';
import { showProgress } from '../progress-view.ts';

class StudyProgress extends HTMLElement {
  connectedCallback() {
    showProgress(this, loadProgress());
  }
}

customElements.define('study-progress', StudyProgress);
