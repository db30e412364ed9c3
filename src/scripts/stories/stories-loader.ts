// Your own stories' code (your-stories.ts: reading them, and what each page does with them) is a build
// of its own, loaded only where this device holds some: a look at one stored item, so every page
// weighs the same for whoever has written none.
import { readItem } from '../../lib/storage.ts';
import { STORIES_KEY } from '../../lib/kept/keys.ts';
import { holdsStories } from '../../lib/stories/holds-stories.ts';
import storiesUrl from './your-stories.ts?worker&url';

export type StoriesModule = typeof import('./your-stories.ts');

/** The stories' code, whatever this device holds (the editor's way in). */
export const storiesCode = () => import(/* @vite-ignore */ storiesUrl) as Promise<StoriesModule>;

/** The stories' code, where this device holds any; undefined otherwise. */
export const myStories = (): Promise<StoriesModule> | undefined => (holdsStories(readItem(STORIES_KEY)) ? storiesCode() : undefined);
