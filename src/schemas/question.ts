import { z } from 'astro/zod';
import { KINDS } from '../lib/star.ts';
import { TOPIC_IDS } from '../lib/topics.ts';
import { LIMITS, PLACEHOLDER, entryProblems, isPlaceholder } from '../lib/story-rules.ts';

// The limits (lengths, how many key points and follow-ups, no placeholder once published) are the
// shared rules' (src/lib/story-rules.ts), which the editor of your own stories applies in the
// browser too: this schema says what each field is, and hands the rest to them.
export { PLACEHOLDER, isPlaceholder };

/** The longest a STAR line or key point may be, so it fits the cheat sheet. */
export const STAR_LINE_MAX = LIMITS.line;

const starLine = (part: string) => z.string({ error: `${part} is required: one or two short sentences` }).trim();

/** Frontmatter of one interview question in `content/questions/<id>.mdx`. */
export const questionSchema = z
  .object({
    /** Short heading of the question, e.g. "Managing Managers" (it is also the page title). */
    title: z.string().trim(),
    /** The interviewer's question, word for word. */
    question: z.string().trim(),
    /** The round this question belongs to: the file name of a round in `content/rounds/`. It may be
     * left out while the site has a single round, which the question then belongs to. */
    round: z
      .string()
      .trim()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'round must be a round id: lower-case words joined by hyphens, as its file name in content/rounds/')
      .optional(),
    /** Position in its round: lower numbers come first; each question of a round has its own. */
    order: z.number().int().positive(),
    /** One or more topics from the vocabulary in `src/lib/topics.ts` (a draft may have none yet). */
    topics: z.array(z.enum(TOPIC_IDS)),
    /** `story` for a STAR story, `approach` for a framework told in steps. */
    kind: z.enum(KINDS),
    /** STAR: the context, in the answer's own facts. */
    situation: starLine('situation'),
    /** STAR: what you had to achieve. */
    task: starLine('task'),
    /** STAR: what you did (for an approach: its steps). */
    action: starLine('action'),
    /** STAR: the outcome the answer claims. */
    result: starLine('result'),
    /** Two to four short lines you must not forget: figures, phrases, the plan. */
    keyPoints: z.array(z.string().trim()),
    /** Up to six questions an interviewer might ask next, for the rehearsal's follow-up drill
     * (none: the site asks from its own bank for the entry's kind). */
    followUps: z.array(z.string().trim()).default([]),
    /** A draft is left out of the site, so a half-written story never breaks it. */
    draft: z.boolean().default(false),
  })
  // Run on whatever the fields are, so every problem of an entry is reported at once.
  .superRefine(
    (entry, ctx) => {
      for (const { path, message, limit } of entryProblems(entry, entry.draft === true)) ctx.addIssue({ code: 'custom', path, message, ...(limit && { params: { limit } }) });
    },
    { when: () => true },
  );

export type Question = z.infer<typeof questionSchema>;
