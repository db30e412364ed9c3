// The editor of your stories comes with your stories' code (your-stories.ts, a build of its own): it loads
// when you come to write (an address that asks for the editor: stories/urls.ts) or first step into
// the form; the list or a story, shown by themselves, carry only this. The editor's buttons are
// disabled until then (StoryEditor.astro): once its code has run, <story-editor> is wired, and they are
// enabled, so no press is lost on a slow connection.
import { viewOf } from '../../lib/stories/urls.ts';
import { storiesCode } from './stories-loader.ts';

const editor = document.querySelector('story-editor');
// A kept story (?edit=) is put into the form by the editor's code: until then nothing can be typed
// over it (what was typed would take the place of its saved words). A new one takes typing at once.
const form = new URLSearchParams(location.search).has('edit') ? editor?.querySelector('form') : undefined;
const load = () =>
  void storiesCode()
    .then((stories) => stories.editor())
    .then(() => {
      for (const control of editor?.querySelectorAll<HTMLButtonElement | HTMLInputElement>(':is(button, input[type=file]):disabled') ?? []) control.disabled = false;
    })
    .finally(() => form?.removeAttribute('inert'));
form?.setAttribute('inert', '');
if (editor && viewOf(location.search) === 'edit') load();
else editor?.addEventListener('focusin', load, { once: true });
