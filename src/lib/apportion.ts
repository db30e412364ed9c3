/**
 * Whole numbers in proportion to `weights` that add up to `total` exactly, by the largest remainder
 * (Hamilton's method, as seats are shared out): each gets the whole part of its share, then what is
 * left goes one at a time to the largest fractions left over (the earlier one on a tie). Rounding each
 * share on its own would let the parts add up to more or less than the whole ("10 s + 10 s + 10 s +
 * 10 s" for "about 45 s"; 27% + 24% + 29% + 20% = 100% only by luck).
 */
export function apportion(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((weight) => (weight / sum) * total);
  const whole = exact.map(Math.floor);
  let left = total - whole.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((share, i) => ({ i, remainder: share - whole[i]! })).sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    whole[i]!++;
    left--;
  }
  return whole;
}
