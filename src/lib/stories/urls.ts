/**
 * The addresses of your stories: one page, /stories/, whose address says what it shows (a page a
 * device fills needs no more): the list; a story (?id=); the editor (?edit=, ?new, or a new story
 * that makes a model answer yours, ?from=, or answers an unseen question, ?bank=, or your opening, ?opening).
 */
import { url } from '../url.ts';

const page = (query = '') => `${url('stories/')}${query}`;

export const storiesUrl = () => page();
export const storyUrl = (id: string) => page(`?id=${id}`);
export const editUrl = (id: string) => page(`?edit=${id}`);
export const newStoryUrl = () => page('?new');
/** Your opening ("Tell me about yourself"), new: a story of that kind. */
export const openingUrl = () => page('?opening');
/** A new story in the place of the site's question `id`. */
export const mineUrl = (id: string) => page(`?from=${id}`);
/** A new story for the bank's question `id`. */
export const bankStoryUrl = (id: string) => page(`?bank=${id}`);

/** Which part of the page an address asks for. */
export const viewOf = (search: string): 'list' | 'story' | 'edit' => {
  const params = new URLSearchParams(search);
  return params.has('id') ? 'story' : ['edit', 'new', 'from', 'bank', 'opening'].some((name) => params.has(name)) ? 'edit' : 'list';
};
