import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { questionSchema } from './schemas/question.ts';
import { roundSchema } from './schemas/round.ts';

const questions = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/questions' }),
  schema: questionSchema,
});

const rounds = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/rounds' }),
  schema: roundSchema,
});

export const collections = { questions, rounds };
