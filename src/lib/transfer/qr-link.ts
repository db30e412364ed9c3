/**
 * The link a QR code carries. Past about 2,000 characters a code is too dense to scan reliably
 * from a screen, so your own stories (pages of text) are left out of it first, then the oldest
 * records (rehearsal attempts and mock interviews alike); the full link is still there to copy.
 */
import { isObject } from '../json.ts';
import type { Transfer } from './payload.ts';

export const QR_LIMIT = 2000;

export interface QrLink {
  link: string;
  /** How many of the oldest attempt records the code leaves out … */
  left: number;
  /** … and how many of the oldest mock interviews … */
  leftSessions: number;
  /** … and how many of your stories (all or none). */
  leftStories: number;
}

const dateOf = (record: unknown) => (isObject(record) && typeof record['at'] === 'string' ? record['at'] : '');

/**
 * The longest link within `limit` that keeps every rating and setting; undefined when even those
 * alone are too long. `link` turns a transfer into its address (see codec.ts).
 */
export async function linkForQr(transfer: Transfer, link: (transfer: Transfer) => Promise<string>, limit = QR_LIMIT): Promise<QrLink | undefined> {
  const { stories, ...rest } = transfer;
  if (stories !== undefined) {
    const whole = await link(transfer);
    if (whole.length <= limit) return { link: whole, left: 0, leftSessions: 0, leftStories: 0 };
    const without = await linkForQr(rest, link, limit);
    const count = Object(Object(stories).stories).length;
    return without && { ...without, leftStories: typeof count === 'number' ? count : 0 };
  }
  const { attempts, sessions } = transfer;
  // Every record, newest first, whatever its kind: the code keeps the newest that fit.
  const records = [...attempts.map((record) => ({ record, session: false })), ...(sessions ?? []).map((record) => ({ record, session: true }))].sort((a, b) =>
    dateOf(b.record).localeCompare(dateOf(a.record)),
  );
  const withNewest = (kept: number) => {
    const newest = new Set(records.slice(0, kept).map(({ record }) => record));
    return link({
      ...transfer,
      attempts: attempts.filter((record) => newest.has(record)),
      ...(sessions && { sessions: sessions.filter((record) => newest.has(record)) }),
    });
  };
  const leftOut = (kept: number) => {
    const out = records.slice(kept);
    return { left: out.filter(({ session }) => !session).length, leftSessions: out.filter(({ session }) => session).length, leftStories: 0 };
  };
  // Binary search over how many of the newest records to keep: each try compresses the lot.
  let low = 0;
  let high = records.length;
  let best = await withNewest(high);
  if (best.length <= limit) return { link: best, ...leftOut(high) };
  best = await withNewest(0);
  if (best.length > limit) return undefined;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    const candidate = await withNewest(middle);
    if (candidate.length <= limit) [low, best] = [middle, candidate];
    else high = middle;
  }
  return { link: best, ...leftOut(low) };
}
