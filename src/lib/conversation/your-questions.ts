/**
 * Your questions for the interviewer ("What questions do you have for me?"), kept on this device
 * (kept/keys.ts): those picked from the site's starter set and those you wrote, each with when it
 * was added or taken off, so that two tabs' or two devices' changes merge (the later of the two
 * for each question wins) and a question taken off on one device stays off on the other.
 */
import { isObject } from '../json.ts';
import { YOUR_QUESTIONS_KEY, YOUR_QUESTIONS_VERSION } from '../kept/keys.ts';
import { versioned } from '../kept/versioned.ts';

/** One question: its words, when it was last added or taken off (ISO 8601), and whether it is off. */
export interface AskedEntry {
  text: string;
  at: string;
  off?: true;
}

export interface YourQuestions {
  entries: AskedEntry[];
}

/** How many questions you may keep: a closing has time for two or three, a cheat sheet room for a few. */
export const MAX_QUESTIONS = 8;
/** The longest question, in characters: one spoken sentence or two. */
export const MAX_LENGTH = 240;

const entry = (value: unknown): AskedEntry | undefined => {
  if (!isObject(value) || typeof value['text'] !== 'string' || typeof value['at'] !== 'string' || Number.isNaN(Date.parse(value['at']))) return undefined;
  const text = value['text'].trim().slice(0, MAX_LENGTH);
  return text ? { text, at: value['at'], ...(value['off'] === true && { off: true as const }) } : undefined;
};

/** Your questions in what is stored or imported: each entry checked, the rest left out, one entry a question. */
export function readYourQuestions(data: unknown): YourQuestions {
  const list = Array.isArray(Object(data).entries) ? (Object(data).entries as unknown[]) : [];
  return list.map(entry).reduce<YourQuestions>((kept, one) => (one ? put(kept, one) : kept), { entries: [] });
}

export const keptYourQuestions = /* @__PURE__ */ versioned(YOUR_QUESTIONS_KEY, YOUR_QUESTIONS_VERSION, readYourQuestions);

/** The questions kept on (not taken off), in the order they were added (or last added again). */
export const askedList = ({ entries }: YourQuestions): string[] => entries.filter((one) => !one.off).map((one) => one.text);

/** The questions this device keeps, as a list. */
export const loadYourQuestions = () => ({ questions: askedList(keptYourQuestions.load()) });

/** `one` put in, unless the entry already there for its words is as new or newer. Idempotent, and the same whichever order. */
function put({ entries }: YourQuestions, one: AskedEntry): YourQuestions {
  const here = entries.find((other) => other.text === one.text);
  // At the same instant, taken off beats added: any merge comes out the same.
  if (here && (here.at > one.at || (here.at === one.at && (here.off || !one.off)))) return { entries };
  // Kept in the order of their changes, whichever tab or device made them; two devices' changes at
  // the same instant by their words, so that any merge comes out the same.
  const order = (a: AskedEntry, b: AskedEntry) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
  return { entries: (here ? entries.map((other) => (other === here ? one : other)) : [...entries, one]).sort(order) };
}

/**
 * When a change made `now` is kept: after every change already kept, so that changes made in one
 * millisecond (two quick ticks, heard together once the page's code has come) keep their order.
 */
export function changeTime({ entries }: YourQuestions, now: Date): string {
  const last = entries.reduce((latest, one) => (one.at > latest ? one.at : latest), '');
  const at = now.toISOString();
  return at > last ? at : new Date(Date.parse(last) + 1).toISOString();
}

/** A question added (`on`) or taken off, at `at`: a change made to what is stored now (shared-value.ts). */
export const askQuestion =
  (text: string, on: boolean, at: string) =>
  (value: YourQuestions): YourQuestions =>
    on && askedList(value).length >= MAX_QUESTIONS && !askedList(value).includes(text.trim()) ? value : put(value, { text: text.trim().slice(0, MAX_LENGTH), at, ...(!on && { off: true as const }) });

/** Two devices' questions together: per question, the later change. The same whichever way round. */
export const mergeYourQuestions = (ours: YourQuestions, theirs: YourQuestions): YourQuestions => theirs.entries.reduce(put, ours);

/** What an import writes for your questions: the two merged, when the other side brings anything new. */
export function yourQuestionsToWrite(incoming: unknown, local: YourQuestions): Record<string, string> {
  const merged = mergeYourQuestions(local, readYourQuestions(incoming));
  return JSON.stringify(merged) === JSON.stringify(local) ? {} : { [YOUR_QUESTIONS_KEY]: JSON.stringify({ ...merged, version: YOUR_QUESTIONS_VERSION }) };
}
