/** Anything with a position in the round. */
export interface Ordered {
  id: string;
  data: { order: number };
}

/** Entries in round order; ties broken by id so the order never depends on the file system. */
export function byOrder<T extends Ordered>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** The entries before and after `id` in an ordered list. */
export function neighbours<T extends Ordered>(ordered: readonly T[], id: string): { previous?: T; next?: T } {
  const index = ordered.findIndex((entry) => entry.id === id);
  if (index === -1) return {};
  const previous = ordered[index - 1];
  const next = ordered[index + 1];
  return { ...(previous && { previous }), ...(next && { next }) };
}
