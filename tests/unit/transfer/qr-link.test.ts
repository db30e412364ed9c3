// The link a QR code carries (src/lib/transfer/qr-link.ts): within its limit, leaving out the oldest records first.
import { describe, expect, it } from 'vitest';
import { decodeTransfer, encodeTransfer } from '../../../src/lib/transfer/codec.ts';
import type { Transfer } from '../../../src/lib/transfer/payload.ts';
import { QR_LIMIT, linkForQr } from '../../../src/lib/transfer/qr-link.ts';
import { sampleAttempt, sampleSession } from '../helpers/samples.ts';
import { sample } from './sample.ts';

describe('linkForQr', () => {
  const link = async (transfer: Transfer) => `https://example.test/import/#${await encodeTransfer(transfer)}`;
  // Transcripts that do not compress away: each attempt adds a few hundred characters.
  const noisy = (i: number) => sampleAttempt({ id: `a${i}`, transcript: Array.from({ length: 60 }, (_, j) => ((i * 7919 + j * 104729) % 9973).toString(36)).join(' ') });

  it('keeps everything when the link is short enough', async () => {
    const transfer = sample();
    expect(await linkForQr(transfer, link)).toEqual({ link: await link(transfer), left: 0, leftSessions: 0, leftStories: 0 });
  });
  it('leaves your stories out of the code first when they make it too long, and says how many', async () => {
    // Answers that do not compress away.
    const answer = (i: number) => Array.from({ length: 300 }, (_, j) => ((i * 7919 + j * 104729) % 9973).toString(36)).join(' ');
    const stories = { version: 1, stories: Array.from({ length: 3 }, (_, i) => ({ id: `mine-0000000${i}`, answer: answer(i) })), deleted: {} };
    const transfer = { ...sample(), stories };
    const qr = (await linkForQr(transfer, link))!;
    expect(qr.leftStories).toBe(3);
    expect(qr.link).toBe(await link(sample()));
    const small = { ...sample(), stories: { version: 1, stories: [{ id: 'mine-00000000' }], deleted: {} } };
    expect((await linkForQr(small, link))!.leftStories).toBe(0);
  });

  it('leaves out the oldest records first, mock interviews and attempts alike, and counts each kind', async () => {
    const noisySession = (i: number) =>
      sampleSession({ id: `s${i}`, at: new Date(Date.UTC(2026, 10, 1 + i * 2)).toISOString(), questions: Array.from({ length: 40 }, (_, j) => ((i * 31 + j * 7919) % 9973).toString(36)) });
    const attempts = Array.from({ length: 10 }, (_, i) => ({ ...noisy(i), at: new Date(Date.UTC(2026, 10, 2 + i * 2)).toISOString() })).reverse();
    const sessions = Array.from({ length: 10 }, (_, i) => noisySession(i)).reverse();
    const transfer = { ...sample(), attempts, sessions };
    const fitted = (await linkForQr(transfer, link))!;
    expect(fitted.link.length).toBeLessThanOrEqual(QR_LIMIT);
    expect(fitted.left).toBeGreaterThan(0);
    expect(fitted.leftSessions).toBeGreaterThan(0);
    // The newest records stay: every kept one is newer than every one left out.
    const decoded = await decodeTransfer(fitted.link.split('#')[1]!);
    if (!decoded.ok) throw new Error('the code carries a damaged link');
    const kept = [...decoded.transfer.attempts, ...(decoded.transfer.sessions ?? [])].map((r) => (r as { at: string }).at);
    const all = [...attempts, ...sessions].map((r) => r.at);
    const out = all.filter((at) => !kept.includes(at));
    expect(out).toHaveLength(fitted.left + fitted.leftSessions);
    expect(Math.min(...kept.map(Date.parse))).toBeGreaterThan(Math.max(...out.map(Date.parse)));
  });
  it('leaves out the oldest attempts first, as few as it can, to stay within the limit', async () => {
    const transfer = { ...sample(), attempts: Array.from({ length: 20 }, (_, i) => noisy(i)) };
    expect((await link(transfer)).length).toBeGreaterThan(QR_LIMIT);
    const fitted = (await linkForQr(transfer, link))!;
    expect(fitted.link.length).toBeLessThanOrEqual(QR_LIMIT);
    expect(fitted.left).toBeGreaterThan(0);
    expect(fitted.leftSessions).toBe(0);
    const kept = 20 - fitted.left;
    expect(fitted.link).toBe(await link({ ...transfer, attempts: transfer.attempts.slice(0, kept) }));
    // One more attempt would not fit: nothing was left out that could have stayed.
    expect((await link({ ...transfer, attempts: transfer.attempts.slice(0, kept + 1) })).length).toBeGreaterThan(QR_LIMIT);
  });
  it('gives up when the ratings and settings alone are too long', async () => {
    expect(await linkForQr(sample(), link, 50)).toBeUndefined();
  });
});
