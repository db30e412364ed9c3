import { z } from 'astro/zod';

/**
 * One group of the starter set of questions a senior candidate asks the interviewer ("What questions
 * do you have for me?"), in `content/your-questions/<group>.yaml`: the person picks from them, or
 * writes their own, on /your-questions/.
 */
export const yourQuestionsSchema = z.object({
  /** What the questions are about, e.g. "The role's first 90 days": the group's heading. */
  title: z.string().trim().min(1).max(60, 'title must be at most 60 characters'),
  /** Position among the groups: lower numbers come first. */
  order: z.number().int().positive(),
  /** One sentence on what these questions show the interviewer about you. */
  why: z.string().trim().min(1).max(200, 'why must be at most 200 characters'),
  /** The questions, each one spoken sentence or two (a cheat sheet line). */
  questions: z.array(z.string().trim().min(1).max(240, 'each question must be at most 240 characters')).min(1, 'questions needs at least one question'),
});

export type YourQuestionsGroup = z.infer<typeof yourQuestionsSchema>;
