import { z } from 'astro/zod';
import { TOPIC_IDS } from '../lib/topics.ts';

/** The longest a STAR line or key point may be, so it fits the cheat sheet. */
export const STAR_LINE_MAX = 160;

/** `npm run new` starts every text it leaves for the writer with this; a published entry may not keep it. */
export const PLACEHOLDER = 'TODO:';

export const isPlaceholder = (text: string) => text.trimStart().startsWith(PLACEHOLDER);

const starLine = (part: string) =>
  z
    .string({ error: `${part} is required: one or two short sentences` })
    .trim()
    .min(1, `${part} must not be empty`)
    .max(STAR_LINE_MAX, `${part} must be at most ${STAR_LINE_MAX} characters`);

/** The text fields a writer fills in, checked for placeholders. */
const TEXT_FIELDS = ['title', 'question', 'situation', 'task', 'action', 'result'] as const;

/** Frontmatter of one interview question in `content/questions/<id>.mdx`. */
export const questionSchema = z
  .object({
    /** Short heading of the question, e.g. "Managing Managers" (it is also the page title). */
    title: z.string().trim().min(1).max(70, 'title must be at most 70 characters'),
    /** The interviewer's question, word for word. */
    question: z.string().trim().min(1),
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
    kind: z.enum(['story', 'approach']),
    /** STAR: the context, in the answer's own facts. */
    situation: starLine('situation'),
    /** STAR: what you had to achieve. */
    task: starLine('task'),
    /** STAR: what you did (for an approach: its steps). */
    action: starLine('action'),
    /** STAR: the outcome the answer claims. */
    result: starLine('result'),
    /** Two to four short lines you must not forget: figures, phrases, the plan. */
    keyPoints: z
      .array(z.string().trim().min(1).max(STAR_LINE_MAX, `a key point must be at most ${STAR_LINE_MAX} characters`))
      .min(2, 'keyPoints needs at least two lines')
      .max(4, 'keyPoints takes at most four lines'),
    /** Up to six questions an interviewer might ask next, for the rehearsal's follow-up drill
     * (none: the site asks from its own bank for the entry's kind). */
    followUps: z
      .array(z.string().trim().min(1, 'a follow-up must not be empty').max(STAR_LINE_MAX, `a follow-up must be at most ${STAR_LINE_MAX} characters`))
      .max(6, 'followUps takes at most six questions')
      .default([]),
    /** A draft is left out of the site, so a half-written story never breaks it. */
    draft: z.boolean().default(false),
  })
  .superRefine((entry, ctx) => {
    if (entry.draft) return;
    if (entry.topics.length === 0) ctx.addIssue({ code: 'custom', path: ['topics'], message: 'topics needs at least one topic' });
    for (const field of TEXT_FIELDS) {
      if (isPlaceholder(entry[field])) ctx.addIssue({ code: 'custom', path: [field], message: placeholderMessage(field) });
    }
    for (const field of ['keyPoints', 'followUps'] as const) {
      entry[field].forEach((line, index) => {
        if (isPlaceholder(line)) ctx.addIssue({ code: 'custom', path: [field, index], message: placeholderMessage(field) });
      });
    }
  });

function placeholderMessage(field: string): string {
  return `${field} is still a placeholder ("${PLACEHOLDER} …"): write your own, or mark the entry draft: true`;
}

export type Question = z.infer<typeof questionSchema>;
