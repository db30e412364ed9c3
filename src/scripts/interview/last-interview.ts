// The home page's last mock interview, on its card: when it was, and its headline figures as tiles,
// from the interviews kept on this device (read by the past interviews' module, handed in). None
// kept (or none that could be read), the card alone.
import { headline } from '../../lib/interview/headline.ts';
import type { listSessions as ListSessions } from '../../lib/interview/session-list.ts';
import { plural } from '../../lib/words.ts';
import { h } from '../shared/dom.ts';

export async function showLast(section: HTMLElement, listSessions: typeof ListSessions): Promise<void> {
  const last = (await listSessions().catch(() => undefined))?.sessions.find((session) => session.answers.length > 0);
  if (!last) return;
  const at = new Date(last.at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  const line = section.querySelector<HTMLElement>('[data-last]')!;
  line.textContent = `Your last: ${at}, ${plural(last.answers.length, 'answer')}; its report is on the mock interview’s page.`;
  const tiles = section.querySelector<HTMLElement>('[data-tiles]')!;
  tiles.replaceChildren(...headline(last).map(({ figure, label }) => h('div', {}, h('dt', {}, label), h('dd', {}, figure))));
  line.hidden = tiles.hidden = false;
}
