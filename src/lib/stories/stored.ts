/**
 * Your stories as this device keeps them: one localStorage item (STORIES_KEY), shared by every
 * tab (shared-value.ts) and merged with another device's by id, the newer copy kept. A deletion is
 * remembered (when, by id) so that a copy from another device does not bring it back, unless that
 * copy was changed after. Stories are text, a few kilobytes each, so they sit beside the ratings,
 * where a page can tell at once, with no database to open, whether there are any.
 */
import { isObject, parseJson } from '../json.ts';
import type { Kept } from '../shared-value.ts';
import { readItem, writeItem } from '../storage.ts';
import { STORIES_KEY, STORIES_VERSION, UNREADABLE_STORIES_KEY } from '../kept/keys.ts';
import { holdsStories } from './holds-stories.ts';
import { readStory, type Story } from './story.ts';

export { STORIES_KEY };

export interface Stories {
  /** Newest first (by when each was last changed). */
  stories: Story[];
  /** Stories deleted on this device (or another), by id: when. */
  deleted: Record<string, string>;
  /** Records that were not stories (corrupt, or from elsewhere), left out. */
  skipped: number;
}

const newestFirst = (stories: Story[]) => stories.sort((a, b) => b.updated.localeCompare(a.updated));

/** Stories from stored, exported or sent data (`{ version: 1, stories, deleted }`); what is not a story is counted and left out. */
export function readStories(data: unknown): Stories {
  const { stories, deleted } = Object(data) as Record<string, unknown>;
  const list = Array.isArray(stories) ? stories : [];
  const read = list.map(readStory).filter((story) => story !== undefined);
  const gone = isObject(deleted) ? Object.fromEntries(Object.entries(deleted).filter(([, at]) => typeof at === 'string' && !Number.isNaN(Date.parse(at)))) : {};
  return { stories: newestFirst(read), deleted: gone as Record<string, string>, skipped: list.length - read.length };
}

/** What is stored and exported. */
export const storedStories = ({ stories, deleted }: Pick<Stories, 'stories' | 'deleted'>) => ({ version: STORIES_VERSION, stories, deleted });

/**
 * The stories kept on this device. A value that is not JSON, or not stories, is kept aside (and
 * said, `unreadable`) rather than written over.
 */
export function loadStories(storage?: Storage): Stories & { unreadable?: true } {
  const text = readItem(STORIES_KEY, storage);
  if (text === null) return { stories: [], deleted: {}, skipped: 0 };
  const data = parseJson(text);
  if (!isObject(data) || data['version'] !== STORIES_VERSION) {
    writeItem(UNREADABLE_STORIES_KEY, text, storage);
    return { stories: [], deleted: {}, skipped: 0, unreadable: true };
  }
  return readStories(data);
}

/**
 * Saves; false when storage refuses (full, private mode, turned off) or the write does not read back
 * (a storage that drops writes without a word), never throws. localStorage writes are synchronous:
 * a save is done or failed before the page goes on, never slow.
 */
export function saveStories(stories: Pick<Stories, 'stories' | 'deleted'>, storage?: Storage): boolean {
  const text = JSON.stringify(storedStories(stories));
  return writeItem(STORIES_KEY, text, storage) && readItem(STORIES_KEY, storage) === text;
}

/** The stories as every tab shares them (shared-value.ts). */
export const keptStories: Kept<Stories> = { key: STORIES_KEY, load: () => loadStories(), save: (stories) => saveStories(stories) };

/** Whether this device holds any story (a look at the stored text, without reading it all). */
export const hasStories = (storage?: Storage): boolean => holdsStories(readItem(STORIES_KEY, storage));

/**
 * The stories with `story` in them, unless a newer copy of it, or its deletion after this copy, is
 * already there. Idempotent: made again, it changes nothing (shared-value.ts).
 */
export function putStory(value: Stories, story: Story): Stories {
  const here = value.stories.find(({ id }) => id === story.id);
  const gone = value.deleted[story.id];
  if ((here && here.updated > story.updated) || (gone && gone >= story.updated)) return value;
  const { [story.id]: _restored, ...deleted } = value.deleted;
  return { ...value, stories: newestFirst([story, ...value.stories.filter(({ id }) => id !== story.id)]), deleted };
}

/** The stories without the one of `id`, its deletion remembered (`at`); a copy changed later stays. Idempotent. */
export function deleteStory(value: Stories, id: string, at: string): Stories {
  const here = value.stories.find((story) => story.id === id);
  if (here && here.updated > at) return value;
  return { ...value, stories: value.stories.filter((story) => story.id !== id), deleted: { ...value.deleted, [id]: at } };
}

/** Two devices' stories together: per story the newer copy, and deletions after a copy win. The same whichever way round. */
export function mergeStories(ours: Stories, theirs: Stories): Stories {
  let merged: Stories = { stories: [...ours.stories], deleted: { ...ours.deleted }, skipped: 0 };
  for (const [id, at] of Object.entries(theirs.deleted)) if (!(merged.deleted[id]! >= at)) merged = deleteStory(merged, id, at);
  for (const story of theirs.stories) merged = putStory(merged, story);
  return merged;
}

/**
 * What taking another device's stories writes (with the rest of an import, all or nothing): the two
 * merged, when the other side brings a new story, a newer copy, or a deletion; and how many of those.
 */
export function storiesToWrite(incoming: unknown, storage?: Storage): { items: Record<string, string>; newer: number } {
  const local = loadStories(storage);
  const merged = mergeStories(local, readStories(incoming));
  const newer = merged.stories.filter((story) => !local.stories.some(({ id, updated }) => id === story.id && updated === story.updated)).length;
  const changed = newer || Object.keys(merged.deleted).length !== Object.keys(local.deleted).length || merged.stories.length !== local.stories.length;
  return { items: changed ? { [STORIES_KEY]: JSON.stringify(storedStories(merged)) } : {}, newer };
}
