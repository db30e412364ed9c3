/**
 * The link a QR code carries. Past about 2,000 characters a code is too dense to scan reliably
 * from a screen, so the oldest rehearsal attempts are left out of it first; the full link is
 * still there to copy.
 */
import type { Transfer } from './payload.ts';

export const QR_LIMIT = 2000;

export interface QrLink {
  link: string;
  /** How many of the oldest attempt records the code leaves out. */
  left: number;
}

/**
 * The longest link within `limit` that keeps every rating and setting; undefined when even those
 * alone are too long. `link` turns a transfer into its address (see codec.ts).
 */
export async function linkForQr(transfer: Transfer, link: (transfer: Transfer) => Promise<string>, limit = QR_LIMIT): Promise<QrLink | undefined> {
  const { attempts } = transfer;
  const withNewest = (kept: number) => link({ ...transfer, attempts: attempts.slice(0, kept) });
  // Binary search over how many of the newest attempts to keep: each try compresses the lot.
  let low = 0;
  let high = attempts.length;
  let best = await withNewest(high);
  if (best.length <= limit) return { link: best, left: 0 };
  best = await withNewest(0);
  if (best.length > limit) return undefined;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    const candidate = await withNewest(middle);
    if (candidate.length <= limit) [low, best] = [middle, candidate];
    else high = middle;
  }
  return { link: best, left: attempts.length - low };
}
