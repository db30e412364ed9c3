// /stories/: the part of the page its address asks for (stories/urls.ts) is shown; each part's own
// element does the rest. Back and forward between the parts (the editor's first save names the
// story in the address) show the part again.
import { viewOf } from '../../lib/stories/urls.ts';
import './story-list.ts';
import './story-page.ts';
import './editor-loader.ts';

const show = () => {
  const view = viewOf(location.search);
  for (const part of document.querySelectorAll<HTMLElement>('[data-view]')) part.hidden = !part.dataset['view']!.split(' ').includes(view);
};
show();
addEventListener('popstate', show);
