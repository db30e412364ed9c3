import { describe, expect, it } from 'vitest';
import { PLAN_KEY, PREFERENCE_KEYS, SHEET_KEY } from '../../../src/lib/kept/keys.ts';
import { PROGRESS_KEY, emptyProgress, fromReviews, progressText, rate, type Progress } from '../../../src/lib/progress.ts';
import { mergeProgress } from '../../../src/lib/transfer/merge.ts';
import { TRANSFER_VERSION, decodeTransfer, encodeTransfer } from '../../../src/lib/transfer/codec.ts';
import { compareRatings, itemsToWrite } from '../../../src/lib/transfer/merge.ts';
import { collectTransfer } from '../../../src/lib/transfer/collect.ts';
import { readTransfer, type Transfer } from '../../../src/lib/transfer/payload.ts';
import { QR_LIMIT, linkForQr } from '../../../src/lib/transfer/qr-link.ts';
import { memoryStorage } from '../helpers/memory-storage.ts';
import { sampleAttempt, sampleSession } from '../helpers/samples.ts';

const day = (n: number) => new Date(Date.UTC(2026, 10, n, 9));
const progress = (...ratings: [string, 'needs-work' | 'getting-there' | 'nailed-it', number][]): Progress =>
  ratings.reduce((p, [id, rating, d]) => rate(p, id, rating, day(d)), emptyProgress());

const sample = (): Transfer => ({
  reviews: progress(['managing-managers', 'nailed-it', 20], ['upward-influence', 'needs-work', 21]).reviews,
  plan: { dates: { 'soft-skills-leadership': { day: '2026-12-10' } }, retention: 0.9 },
  sheet: ['inclusive-culture'],
  settings: { theme: 'dark', shortcuts: 'off' },
  attempts: [sampleAttempt({ id: 'new', transcript: 'I asked what only he could do.' }), sampleAttempt({ id: 'old' })],
});

describe('collectTransfer', () => {
  it('takes the ratings, the stored cheat-sheet choice and preferences, and the attempts given', () => {
    const storage = memoryStorage({
      [PREFERENCE_KEYS.theme]: 'dark',
      [PREFERENCE_KEYS.practice]: 'on',
      [PREFERENCE_KEYS.shortcuts]: 'nonsense',
      [SHEET_KEY]: '["b","a"]',
    });
    const local = progress(['managing-managers', 'nailed-it', 20]);
    const transfer = collectTransfer(local, [sampleAttempt()], [], storage);
    expect(transfer).toEqual({
      reviews: local.reviews,
      sheet: ['b', 'a'],
      settings: { theme: 'dark', practice: 'on' },
      attempts: [sampleAttempt()],
    });
  });
  it('carries the cheat-sheet choice as this version keeps it too (the ids left off)', () => {
    expect(collectTransfer(emptyProgress(), [], [], memoryStorage({ [SHEET_KEY]: '{"off":["a","b"],"version":1}' })).sheet).toEqual(['a', 'b']);
  });
  it('carries no cheat-sheet choice when none was made', () => {
    expect(collectTransfer(emptyProgress(), [], [], memoryStorage())).toEqual({ reviews: [], settings: {}, attempts: [] });
  });
  it('carries the study plan’s settings, read as they are stored, whatever their version', () => {
    const plan = { dates: { r: { day: '2026-12-10', time: '14:30' } }, retention: 0.85 };
    expect(collectTransfer(emptyProgress(), [], [], memoryStorage({ [PLAN_KEY]: JSON.stringify(plan) })).plan).toEqual(plan);
    expect(collectTransfer(emptyProgress(), [], [], memoryStorage({ [PLAN_KEY]: JSON.stringify({ ...plan, version: 1 }) })).plan).toEqual({ ...plan, version: 1 });
  });
  it('carries the mock interviews given', () => {
    expect(collectTransfer(emptyProgress(), [], [sampleSession()], memoryStorage()).sessions).toEqual([sampleSession()]);
  });
});

describe('encodeTransfer and decodeTransfer', () => {
  it('round-trips a transfer through a fragment of base64url characters only', async () => {
    const fragment = await encodeTransfer(sample());
    expect(fragment).toMatch(new RegExp(`^${TRANSFER_VERSION}\\.[A-Za-z0-9_-]+$`));
    expect(await decodeTransfer(fragment)).toEqual({ ok: true, transfer: sample() });
  });
  it('round-trips text outside ASCII', async () => {
    const transfer = { ...sample(), attempts: [sampleAttempt({ transcript: 'Délégation — “we” → “I” 🙂' })] };
    expect(await decodeTransfer(await encodeTransfer(transfer))).toEqual({ ok: true, transfer });
  });
  it('compresses: the fragment is shorter than the JSON it carries', async () => {
    const many = { ...sample(), attempts: Array.from({ length: 10 }, (_, i) => sampleAttempt({ id: `a${i}` })) };
    expect((await encodeTransfer(many)).length).toBeLessThan(JSON.stringify(many).length / 2);
  });
  it('calls a link cut short, cut in the middle, altered, empty or foreign damaged', async () => {
    const fragment = await encodeTransfer(sample());
    const middle = fragment.length >> 1;
    for (const bad of [
      fragment.slice(0, -8),
      fragment.slice(0, middle) + fragment.slice(middle + 6),
      `${fragment.slice(0, middle)}$${fragment.slice(middle + 1)}`,
      '',
      '1.',
      '0.abc',
      'x',
      'progress=nailed-it',
      `1.${btoa('{"ratings":{}}')}`,
      `2.${btoa('{"reviews":[]}')}`,
    ]) {
      expect(await decodeTransfer(bad), bad).toEqual({ ok: false, problem: 'damaged' });
    }
  });
  it('tells a link from a newer version apart, whatever its data', async () => {
    const fragment = await encodeTransfer(sample());
    expect(await decodeTransfer(fragment.replace(/^\d+/, String(TRANSFER_VERSION + 1)))).toEqual({ ok: false, problem: 'newer' });
    expect(await decodeTransfer(`${TRANSFER_VERSION + 1}.anything`)).toEqual({ ok: false, problem: 'newer' });
  });
});

describe('readTransfer', () => {
  it('refuses bad reviews, sheets and settings', () => {
    const good = sample();
    expect(readTransfer(good)).toEqual(good);
    expect(readTransfer({ ...good, reviews: [{ q: 'x', r: 'great', at: '2026-11-01', from: 'practice' }] })).toBeUndefined();
    expect(readTransfer({ ...good, reviews: [{ q: 'x', r: 'nailed-it', at: 'yesterday', from: 'practice' }] })).toBeUndefined();
    expect(readTransfer({ ...good, reviews: undefined })).toBeUndefined();
    expect(readTransfer({ ...good, sheet: [1] })).toBeUndefined();
    expect(readTransfer({ ...good, settings: { theme: 'purple' } })).toBeUndefined();
    expect(readTransfer({ ...good, settings: { font: 'big' } })).toBeUndefined();
    expect(readTransfer({ ...good, attempts: {} })).toBeUndefined();
    // Mock interviews travel too; a link made before them has none.
    expect(readTransfer({ ...good, sessions: [sampleSession()] })).toEqual({ ...good, sessions: [sampleSession()] });
    expect(readTransfer({ ...good, sessions: 'all' })).toBeUndefined();
    expect(readTransfer([])).toBeUndefined();
  });

  it('reads a version 1 link (the last rating of each question) as one review each', async () => {
    const v1 = { ratings: progress(['managing-managers', 'nailed-it', 20]).questions, settings: {}, attempts: [] };
    const fragment = `1.${(await encodeTransfer(v1 as unknown as Transfer)).split('.')[1]}`;
    expect(await decodeTransfer(fragment)).toEqual({ ok: true, transfer: { reviews: progress(['managing-managers', 'nailed-it', 20]).reviews, settings: {}, attempts: [] } });
  });
});

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

describe('merging', () => {
  const local = progress(['managing-managers', 'needs-work', 25], ['matrixed-conflict', 'getting-there', 10]);
  const incoming = progress(['managing-managers', 'nailed-it', 20], ['upward-influence', 'needs-work', 21], ['matrixed-conflict', 'nailed-it', 11]);

  it('says which incoming last ratings are newer than this device’s (or new to it)', () => {
    expect(compareRatings(local, incoming).map(({ id, newer }) => [id, newer])).toEqual([
      ['matrixed-conflict', true],
      ['managing-managers', false],
      ['upward-influence', true],
    ]);
  });
  it('unites both devices’ reviews, so the newer rating is the last of each question, and leaves the input alone', () => {
    const before = structuredClone(local);
    const transfer = { ...sample(), reviews: incoming.reviews };
    const written = itemsToWrite(local, transfer, false);
    expect(Object.keys(written)).toEqual([PROGRESS_KEY]);
    const merged = fromReviews(JSON.parse(written[PROGRESS_KEY]!).reviews);
    expect(merged).toEqual(mergeProgress(local, incoming));
    expect(merged.reviews).toHaveLength(5);
    expect(merged.questions['managing-managers']).toEqual(local.questions['managing-managers']);
    expect(merged.questions['matrixed-conflict']).toEqual(incoming.questions['matrixed-conflict']);
    expect(local).toEqual(before);
  });
  it('writes the settings, the cheat-sheet choice and the plan’s settings only when asked', () => {
    const transfer = { ...sample(), reviews: incoming.reviews };
    const without = itemsToWrite(local, transfer, false);
    expect(itemsToWrite(local, transfer, true)).toEqual({
      ...without,
      [PREFERENCE_KEYS.theme]: 'dark',
      [PREFERENCE_KEYS.shortcuts]: 'off',
      // As this version keeps them (kept/keys.ts), whichever version sent them.
      [SHEET_KEY]: JSON.stringify({ off: ['inclusive-culture'], version: 1 }),
      [PLAN_KEY]: JSON.stringify({ dates: { 'soft-skills-leadership': { day: '2026-12-10' } }, retention: 0.9, version: 1 }),
    });
  });
  it('writes no progress when every incoming review is here already', () => {
    expect(itemsToWrite(local, { ...sample(), reviews: local.reviews.slice(0, 1) }, false)).toEqual({});
    expect(progressText(local)).toBe(JSON.stringify({ version: 2, reviews: local.reviews }));
  });
});

describe('choices of story travel with progress', () => {
  const older = { story: 'managing-managers', at: '2026-11-01T09:00:00.000Z' };
  const newer = { story: null, at: '2026-11-20T09:00:00.000Z' };

  it('the link carries this device’s choices, and the other device keeps the newest of each question', async () => {
    const { CHOICES_KEY, choicesToWrite } = await import('../../../src/lib/bank/choices.ts');
    const sending = memoryStorage({ [CHOICES_KEY]: JSON.stringify({ version: 1, choices: { layoffs: newer, 'saying-no': older } }) });
    const transfer = collectTransfer(emptyProgress(), [], [], sending);
    const decoded = await decodeTransfer(await encodeTransfer(transfer));
    const taken = decoded.ok ? decoded.transfer : undefined;
    expect(taken?.choices).toEqual({ layoffs: newer, 'saying-no': older });
    const local = { layoffs: older, 'saying-no': newer };
    const items = choicesToWrite(local, taken!.choices);
    expect(JSON.parse(items[CHOICES_KEY]!)).toEqual({ version: 1, choices: { layoffs: newer, 'saying-no': newer } });
    // Nothing newer, or nothing that is a choice: nothing written.
    expect(choicesToWrite(local, { layoffs: older })).toEqual({});
    expect(choicesToWrite(local, 'nonsense')).toEqual({});
  });

  it('the export file carries them too', async () => {
    const { exportProgress } = await import('../../../src/lib/progress-export.ts');
    expect(JSON.parse(exportProgress(emptyProgress(), { choices: { layoffs: newer } })).choices).toEqual({ layoffs: newer });
    expect(JSON.parse(exportProgress(emptyProgress(), {}))).not.toHaveProperty('choices');
  });
});
