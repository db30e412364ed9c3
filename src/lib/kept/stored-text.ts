/** A small versioned value as it is stored (versioned.ts), and as an import writes it (src/lib/transfer/merge.ts): its fields, and its version. */
export const storedText = (value: unknown, version: number): string => JSON.stringify({ ...Object(value), version });
