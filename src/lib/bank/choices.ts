// The reader's answers to "Which story would you tell?": per bank question, the story they chose
// (a question id of the site) or none. Kept on the device; the newest choice wins when two
// devices' choices meet.
import { isObject, parseJson } from '../json.ts';
import { CHOICES_KEY, CHOICES_VERSION, UNREADABLE_CHOICES_KEY } from '../kept/keys.ts';
import type { Kept } from '../shared-value.ts';
import { readItem, writeItem, pageStorage } from '../storage.ts';

export { CHOICES_KEY };

export interface Choice {
  /** The story's id, or null for "None of mine fits". */
  story: string | null;
  /** When it was chosen (ISO 8601). */
  at: string;
}

/** Per bank question id. */
export type Choices = Record<string, Choice>;

const validChoice = (value: unknown): value is Choice => {
  const { story, at } = Object(value) as Record<string, unknown>;
  return (story === null || (typeof story === 'string' && story !== '')) && typeof at === 'string' && !Number.isNaN(Date.parse(at));
};

/** The choices in stored or imported data (`{ version: 1, choices }`, or the map itself); what is not a choice is left out. */
export function readChoices(data: unknown): Choices {
  const map: unknown = isObject(data) && 'version' in data ? data['choices'] : data;
  if (!isObject(map)) return {};
  return Object.fromEntries(Object.entries(map).flatMap(([id, choice]) => (validChoice(choice) ? [[id, { story: choice.story, at: choice.at }]] : [])));
}

/** What is stored and exported. */
export const storedChoices = (choices: Choices) => ({ version: CHOICES_VERSION, choices });

export interface LoadedChoices {
  choices: Choices;
  /** The stored value could not be read: it was kept aside, and the reader should be told. */
  unreadable: boolean;
}

export function loadChoices(storage: Storage | undefined = pageStorage()): LoadedChoices {
  const text = readItem(CHOICES_KEY, storage);
  if (text === null) return { choices: {}, unreadable: false };
  const data = parseJson(text);
  if (!isObject(data) || data['version'] !== CHOICES_VERSION || !isObject(data['choices'])) {
    writeItem(UNREADABLE_CHOICES_KEY, text, storage);
    return { choices: {}, unreadable: true };
  }
  return { choices: readChoices(data), unreadable: false };
}

/** Saves; false when storage refuses (full, private mode, turned off), never throws. */
export function saveChoices(choices: Choices, storage: Storage | undefined = pageStorage()): boolean {
  return writeItem(CHOICES_KEY, JSON.stringify(storedChoices(choices)), storage);
}

/**
 * The choices with one more; the input is left as it was. A choice made later, for that question,
 * is never replaced (so a tab may make its choice again over another tab's: shared-value.ts).
 */
export function choose(choices: Choices, question: string, story: string | null, now: Date = new Date()): Choices {
  const at = now.toISOString();
  return choices[question]?.at! > at ? choices : { ...choices, [question]: { story, at } };
}

const newer = (a: Choice, b: Choice) => {
  const order = Date.parse(a.at) - Date.parse(b.at);
  // The same moment on two devices: any fixed rule does, so that merging is the same either way.
  return order > 0 || (order === 0 && String(a.story) > String(b.story));
};

/** How many of the incoming choices are newer than this device's for their question (or it has none). */
export const newerChoices = (local: Choices, incoming: Choices) =>
  Object.entries(incoming).filter(([id, choice]) => !local[id] || newer(choice, local[id])).length;

/** The items an import writes for the choices: the newest of both sides, when the other side brings a newer one. */
export function choicesToWrite(local: Choices, incoming: unknown): Record<string, string> {
  const theirs = readChoices(incoming);
  return newerChoices(local, theirs) ? { [CHOICES_KEY]: JSON.stringify(storedChoices(mergeChoices(local, theirs))) } : {};
}

/** Both devices' choices, the newest per question: the same whichever way round they merge. */
export function mergeChoices(ours: Choices, theirs: Choices): Choices {
  const merged: Choices = { ...ours };
  for (const [id, choice] of Object.entries(theirs)) {
    const mine = merged[id];
    if (!mine || newer(choice, mine)) merged[id] = choice;
  }
  return merged;
}

/** The choices as every tab shares them (shared-value.ts): the newest per question. */
export const keptChoices: Kept<Choices> = { key: CHOICES_KEY, load: () => loadChoices().choices, save: saveChoices };

/**
 * The next bank question for the drill: one never chosen for first, then one marked "none fits",
 * then the one chosen longest ago; at random within the first two groups, never `current` again
 * while there is another.
 */
export function nextQuestion(ids: readonly string[], choices: Choices, current?: string, random: () => number = Math.random): string | undefined {
  const others = ids.length > 1 ? ids.filter((id) => id !== current) : ids;
  const unseen = others.filter((id) => !choices[id]);
  const noneFits = others.filter((id) => choices[id]?.story === null);
  const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)];
  if (unseen.length) return pick(unseen);
  if (noneFits.length) return pick(noneFits);
  return [...others].sort((a, b) => Date.parse(choices[a]!.at) - Date.parse(choices[b]!.at))[0];
}
