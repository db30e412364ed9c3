import { z } from 'astro/zod';

/** Frontmatter of the round's introduction in `content/round/<id>.md`; the body is the mindset. */
export const roundSchema = z.object({
  /** Name of the interview round, shown as the site's main heading. */
  title: z.string().trim().min(1),
  /** One sentence for search engines and link previews. */
  description: z.string().trim().min(1).max(160),
});

export type Round = z.infer<typeof roundSchema>;
