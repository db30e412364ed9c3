import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { bankQuestionSchema } from './schemas/bank.ts';
import { questionSchema } from './schemas/question.ts';
import { roundSchema } from './schemas/round.ts';
import { bankEntries } from './lib/bank/read.ts';

const questions = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/questions' }),
  schema: questionSchema,
});

const rounds = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/rounds' }),
  schema: roundSchema,
});

/** The bank of unseen questions: several per file (content/bank/<theme>.yaml), one entry each. */
const bank = defineCollection({
  loader: () => bankEntries('./content/bank'),
  schema: bankQuestionSchema.extend({ theme: z.string(), order: z.number() }),
});

export const collections = { questions, rounds, bank };
