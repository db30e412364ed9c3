// The Rehearse panels of a page opening: each loads the recorder when first opened (lazy.ts). A page
// with two (a question's or a story's, and its short version) has its second's recorder put in on
// that panel's first opening (RehearsePanel.astro's <template>), so until then it has one panel's controls.
import { openRehearsal } from '../shared/lazy.ts';

export function openPanels(root: ParentNode, signal?: AbortSignal): void {
  for (const details of root.querySelectorAll('rehearse-panel details')) {
    details.addEventListener(
      'toggle',
      (event) => {
        const later = details.querySelector('template');
        later?.replaceWith(later.content);
        openRehearsal(event);
      },
      { signal } as AddEventListenerOptions,
    );
  }
}
