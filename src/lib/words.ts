/** "1 rating", "3 ratings", "2 new rehearsal attempts": a count with its noun. */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "a", "a and b", "a, b and c": the items given, leaving out the empty ones (0, '', false). */
export function listOf(items: readonly (string | 0 | false | undefined)[]): string {
  const kept = items.filter((item): item is string => !!item);
  return kept.length > 1 ? `${kept.slice(0, -1).join(', ')} and ${kept.at(-1)}` : (kept[0] ?? '');
}
