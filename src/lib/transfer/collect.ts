// What "Send to another device" gathers from this device's storage (the sending side only).
import { parseJson } from '../json.ts';
import { CHOICES_KEY, PLAN_KEY, PREFERENCE_KEYS, SHEET_KEY, STORIES_KEY, YOUR_QUESTIONS_KEY } from '../kept/keys.ts';
import type { Progress } from '../progress.ts';
import { readSheet } from '../sheet-choice.ts';
import { readItem } from '../storage.ts';
import { holdsStories } from '../stories/holds-stories.ts';
import { SETTING_VALUES, type Setting, type Transfer } from './payload.ts';

/** Everything this device keeps that travels, with the attempts and sessions the caller has read. */
export function collectTransfer(progress: Progress, attempts: readonly unknown[], sessions: readonly unknown[] = [], storage?: Storage): Transfer {
  // As stored, whatever its version: the receiving side reads it field by field (readSettings) when it is taken.
  const plan = parseJson(readItem(PLAN_KEY, storage));
  const settings: Transfer['settings'] = {};
  for (const [name, key] of Object.entries(PREFERENCE_KEYS) as [Setting, string][]) {
    const value = readItem(key, storage);
    if (value !== null && SETTING_VALUES[name].includes(value)) settings[name] = value;
  }
  // Only a choice made (none stored sends none), in either form (sheet-choice.ts).
  const sheet = readItem(SHEET_KEY, storage);
  // As stored too, and checked when taken.
  const { choices } = Object(parseJson(readItem(CHOICES_KEY, storage))) as { choices?: unknown };
  const stories = readItem(STORIES_KEY, storage);
  // As stored too: read entry by entry, and merged, when taken.
  const yourQuestions = parseJson(readItem(YOUR_QUESTIONS_KEY, storage));
  return {
    reviews: progress.reviews,
    ...(plan !== undefined && { plan }),
    ...(choices !== undefined && { choices }),
    ...(sheet !== null && { sheet: readSheet(parseJson(sheet)).off }),
    settings,
    attempts: [...attempts],
    ...(sessions.length > 0 && { sessions: [...sessions] }),
    ...(holdsStories(stories) && { stories: parseJson(stories) }),
    ...(yourQuestions !== undefined && { yourQuestions }),
  };
}

