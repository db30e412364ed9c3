/**
 * A value kept in this device's storage that every open tab of the site may change (the ratings,
 * the choices of story). Each change is made to what is stored now, read, changed and written in
 * one step, never to the copy a page read when it loaded; and a page hears every other tab's change
 * (the `storage` event) and shows it.
 *
 * Chromium's tabs see each other's writes a moment late (measured here: 3 reads in 200 were stale,
 * and 35 of 100 changes made at once from two tabs were lost without what follows), so two changes
 * made at once in two tabs can cross: the later write is made over a value that lacks the earlier
 * one. A tab that changed the value moments ago therefore makes its change again to what arrives,
 * and writes that back: both tabs end with both changes. Later than that, what arrives is taken as
 * it is (another tab's reset is a reset). Changes must be idempotent for this: a rating already in
 * the log is not added twice, a choice never replaces a newer one.
 */
import { onStoredChange } from './kept/other-tabs.ts';

/** How a kept value is read and written, under its key (src/lib/kept/keys.ts). */
export interface Kept<T> {
  key: string;
  load(storage?: Storage): T;
  /** False when storage refuses (full, turned off); never throws. */
  save(value: T, storage?: Storage): boolean;
}

/** How long after its own change a tab makes it again to a write that arrives from another tab. */
export const CROSSING_MS = 2000;

export interface Shared<T> {
  /** What is stored, with this page's changes that storage refused (they last for the visit). */
  readonly value: T;
  /** Makes an idempotent change to what is stored now; says whether it was kept. */
  change(change: (value: T) => T): boolean;
}

/**
 * `show` is called with each change: this page's own, or (`elsewhere`) another tab's. `signal` ends
 * the listening to other tabs (an element's, when it leaves the page).
 */
export function shareValue<T>(kept: Kept<T>, show: (value: T, elsewhere?: boolean) => void, signal?: AbortSignal): Shared<T> {
  let value = kept.load();
  let recent: ((value: T) => T)[] = [];
  let changedAt = 0;
  let saved = true;
  onStoredChange(
    [kept.key],
    () => {
      const stored = kept.load();
      value = (Date.now() - changedAt < CROSSING_MS ? recent : (recent = [])).reduce((changed, change) => change(changed), stored);
      if (JSON.stringify(value) !== JSON.stringify(stored)) kept.save(value);
      show(value, true);
    },
    signal,
  );
  return {
    get value() {
      return value;
    },
    change(change) {
      recent.push(change);
      changedAt = Date.now();
      // While storage refuses, the changes pile up on this page's own value, not on what it cannot keep.
      saved = kept.save((value = change(saved ? kept.load() : value)));
      show(value);
      return saved;
    },
  };
}
