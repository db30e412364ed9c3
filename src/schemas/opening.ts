import { z } from 'astro/zod';

/**
 * A model opening ("Tell me about yourself") in `content/openings/<id>.yaml`, shown beside the
 * editor when you write yours: three parts, as your opening has them. Built only from facts your
 * answers give; a fork replaces it with its own persona's.
 */
export const openingSchema = z.object({
  /** Whose opening it is, e.g. "A senior engineering leader": shown as its heading. */
  title: z.string().trim().min(1).max(80, 'title must be at most 80 characters'),
  /** True for an example (shown labelled "An example"): never someone's real opening. */
  example: z.boolean(),
  /** Who you are now: your role and its scope, with a figure. */
  who: z.string().trim().min(1, 'who is required: who you are now'),
  /** How you got here: two or three steps, each with what it proved. */
  how: z.string().trim().min(1, 'how is required: how you got here'),
  /** Why this role: what draws you to it, and what you bring. The opening ends on it. */
  why: z.string().trim().min(1, 'why is required: why this role'),
});

export type Opening = z.infer<typeof openingSchema>;
