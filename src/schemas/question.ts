import { z } from 'astro/zod';
import { TOPIC_IDS } from '../lib/topics.ts';

/** The longest a STAR line may be, so it fits one line of the cheat sheet. */
export const STAR_LINE_MAX = 160;

const starLine = (part: string) =>
  z
    .string({ error: `${part} is required: one or two short sentences` })
    .trim()
    .min(1, `${part} must not be empty`)
    .max(STAR_LINE_MAX, `${part} must be at most ${STAR_LINE_MAX} characters`);

/** Frontmatter of one interview question in `content/questions/<id>.mdx`. */
export const questionSchema = z.object({
  /** Short heading of the question, e.g. "Managing Managers" (it is also the page title). */
  title: z.string().trim().min(1).max(70, 'title must be at most 70 characters'),
  /** The interviewer's question, word for word. */
  question: z.string().trim().min(1),
  /** Position in the round: lower numbers come first. */
  order: z.number().int().positive(),
  /** One or more topics from the vocabulary in `src/lib/topics.ts`. */
  topics: z.array(z.enum(TOPIC_IDS)).min(1, 'topics needs at least one topic'),
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
    .array(z.string().trim().min(1).max(STAR_LINE_MAX))
    .min(2, 'keyPoints needs at least two lines')
    .max(4, 'keyPoints takes at most four lines'),
});

export type Question = z.infer<typeof questionSchema>;
