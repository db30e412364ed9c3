// The bank of unseen questions as the browser reads it: from the coverage page (/bank/), which
// holds it, from the offline copy when there is no network. The drill and the mock interview share
// this reader, and so one copy of the bank.
import type { Topic } from '../../lib/topics.ts';

export interface Asked {
  id: string;
  /** The question's words. */
  q: string;
  topics: Topic[];
  kind: string;
}

/** A bank question as a page shows it: an entry of the coverage page, or the drill's own question. */
export const askedOf = (element: Element, text: Element): Asked => {
  const { bank, id, topics, kind } = (element as HTMLElement).dataset;
  return { id: (bank ?? id)!, q: text.textContent!, topics: topics!.split(' ') as Topic[], kind: kind! };
};

/** Every bank question, in the bank's order; rejects when the page cannot be had. */
export async function loadBank(address: string): Promise<Asked[]> {
  const response = await fetch(address);
  if (!response.ok) throw new Error(`${address}: ${response.status}`);
  // Without its styles: an inert document still reports inline styles against this page's policy.
  const page = new DOMParser().parseFromString((await response.text()).replace(/<style[\s\S]*?<\/style>/g, ''), 'text/html');
  return [...page.querySelectorAll('[data-bank]')].map((item) => askedOf(item, item.querySelector('.bank-q')!));
}
