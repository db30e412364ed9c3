import { z } from 'astro/zod';
import { TOPIC_IDS } from '../lib/topics.ts';

/** One question of the bank: what interviewers ask instead of the five, as a question only. */
export const bankQuestionSchema = z.object({
  /** Kept with the reader's choice of story: lower-case words joined by hyphens, unique in the bank. */
  id: z.string().trim().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be lower-case words joined by hyphens, unique in the bank'),
  /** The interviewer's words: a question, so it ends with a question mark. */
  question: z
    .string()
    .trim()
    .min(1, 'question must not be empty')
    .max(200, 'question must be at most 200 characters')
    .refine((text) => text.endsWith('?'), 'question must end with a question mark: the bank holds questions only'),
  /** One to three topics from the vocabulary in `src/lib/topics.ts`. */
  topics: z.array(z.enum(TOPIC_IDS)).min(1, 'topics needs at least one topic').max(3, 'topics takes at most three'),
  /** `story` when a STAR story answers it, `approach` when steps do. */
  kind: z.enum(['story', 'approach']),
});

/** A file of the bank, `content/bank/<theme>.yaml`: a theme and its questions. */
export const bankFileSchema = z.object({
  /** What the questions of the file are about, e.g. "Hard feedback": the coverage page's heading. */
  theme: z.string().trim().min(1, 'theme must not be empty').max(80, 'theme must be at most 80 characters'),
  questions: z.array(bankQuestionSchema).min(1, 'questions needs at least one question'),
});

export type BankQuestion = z.infer<typeof bankQuestionSchema>;
