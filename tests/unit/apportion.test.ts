import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { apportion } from '../../src/lib/apportion.ts';

describe('apportion (largest remainder)', () => {
  it('shares out a whole so that the parts add up to it, each within one of its exact share', () => {
    // Rounding each on its own: 27 + 24 + 29 + 20 … and 10 s four times for about 45 s.
    expect(apportion([27, 24, 29, 20], 9)).toEqual([2, 2, 3, 2]);
    expect(apportion([1, 1, 1], 100)).toEqual([34, 33, 33]);
    expect(apportion([2, 1], 3)).toEqual([2, 1]);
    expect(apportion([0, 0], 10)).toEqual([0, 0]);
    expect(apportion([5, 0, 5], 0)).toEqual([0, 0, 0]);
  });

  it('holds for any weights and whole', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000), { minLength: 1, maxLength: 8 }), fc.nat(500), (weights, total) => {
        const parts = apportion(weights, total);
        const sum = weights.reduce((a, b) => a + b, 0);
        if (sum === 0) return parts.every((part) => part === 0);
        return parts.reduce((a, b) => a + b, 0) === total && parts.every((part, i) => Math.abs(part - (weights[i]! / sum) * total) < 1);
      }),
    );
  });
});
