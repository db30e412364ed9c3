/** "1 rating", "3 ratings", "2 new rehearsal attempts": a count with its noun. */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
