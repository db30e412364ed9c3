import { z } from 'astro/zod';
import { PLACEHOLDER, isPlaceholder } from './question.ts';

/**
 * Frontmatter of one interview round in `content/rounds/<round-id>.md`; the file name is the
 * round's id (questions name it in their `round` field) and the body is the mindset for the round.
 */
export const roundSchema = z
  .object({
    /** Name of the interview round, e.g. "Soft Skills & Leadership": the heading of its page. */
    title: z.string().trim().min(1).max(70, 'title must be at most 70 characters'),
    /** Position in the interview loop: lower numbers come first; each round has its own. */
    order: z.number().int().positive(),
    /** One sentence for search engines, link previews and the list of rounds. */
    description: z.string().trim().min(1).max(160, 'description must be at most 160 characters'),
    /** A draft round, and its questions, are left out of the site. */
    draft: z.boolean().default(false),
  })
  .superRefine((round, ctx) => {
    if (round.draft) return;
    for (const field of ['title', 'description'] as const) {
      if (isPlaceholder(round[field])) {
        ctx.addIssue({ code: 'custom', path: [field], message: `${field} is still a placeholder ("${PLACEHOLDER} …"): write your own, or mark the round draft: true` });
      }
    }
  });

export type Round = z.infer<typeof roundSchema>;
