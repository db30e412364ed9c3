// A transfer as a link's fragment and back (src/lib/transfer/codec.ts): compressed, versioned, damage told apart.
import { describe, expect, it } from 'vitest';
import { TRANSFER_VERSION, decodeTransfer, encodeTransfer } from '../../../src/lib/transfer/codec.ts';
import { sampleAttempt } from '../helpers/samples.ts';
import { sample } from './sample.ts';

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
