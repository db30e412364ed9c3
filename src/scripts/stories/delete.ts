// Deleting a story of yours, with ten seconds to put it back: for the list of your stories and the
// editor alike.
import type { Shared } from '../../lib/shared-value.ts';
import { deleteStory, putStory, type Stories } from '../../lib/stories/stored.ts';
import type { Story } from '../../lib/stories/story.ts';
import { h } from '../shared/dom.ts';

/** How long a deleted story can be put back. */
export const UNDO_MS = 10_000;

/**
 * Deletes `story` from the shared stories; for ten seconds **Undo** (given the focus) puts it back.
 * `status` says how it went; `then(back)` follows either (`back`: it was put back).
 */
export function deleteWithUndo(stories: Shared<Stories>, story: Story, status: HTMLElement, then: (back: boolean) => void): void {
  const name = story.title || 'Untitled story';
  const at = new Date().toISOString();
  if (!stories.change((value) => deleteStory(value, story.id, at))) {
    status.textContent = `“${name}” could not be deleted: this device’s storage is turned off.`;
    return;
  }
  then(false);
  const undo = h('button', { type: 'button' }, 'Undo');
  status.replaceChildren(`Deleted “${name}”. `, undo);
  undo.focus();
  const gone = setTimeout(() => status.replaceChildren(`Deleted “${name}”.`), UNDO_MS);
  undo.addEventListener('click', () => {
    clearTimeout(gone);
    const back = { ...story, updated: new Date().toISOString() };
    const kept = stories.change((value) => putStory(value, back));
    status.textContent = kept ? `“${name}” is back.` : `“${name}” could not be put back: this device’s storage is full or turned off.`;
    then(kept);
  });
}
