// The editor of your stories comes with your stories' code (your-stories.ts, a build of its own): it loads
// when you come to write (an address that asks for the editor: stories/urls.ts) or first step into
// the form; the list or a story, shown by themselves, carry only this. The editor's buttons are
// disabled until then (StoryEditor.astro): once its code has run, <story-editor> is wired, and they are
// enabled, so no press is lost on a slow connection.
import { viewOf } from '../../lib/stories/urls.ts';
import { storiesCode } from './stories-loader.ts';

const editor = document.querySelector('story-editor');
const load = () =>
  void storiesCode()
    .then((stories) => stories.editor())
    .then(() => {
      for (const control of editor?.querySelectorAll<HTMLButtonElement | HTMLInputElement>(':is(button, input[type=file]):disabled') ?? []) control.disabled = false;
    });
if (editor && viewOf(location.search) === 'edit') load();
else editor?.addEventListener('focusin', load, { once: true });
