import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { bankQuestionSchema } from './schemas/bank.ts';
import { questionSchema } from './schemas/question.ts';
import { roundSchema } from './schemas/round.ts';
import { yourQuestionsSchema } from './schemas/your-questions.ts';
import { openingSchema } from './schemas/opening.ts';
import { bankEntries } from './lib/bank/read.ts';

// The content: content/ beside the code, or the folder CONTENT_DIR names (relative to the project),
// as the tests' fixture site does (tests/fixtures/seed/content). The commands that read content
// follow the same variable (src/cli/content-dir.ts).
const CONTENT = process.env['CONTENT_DIR'] || './content';

const questions = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${CONTENT}/questions` }),
  schema: questionSchema,
});

const rounds = defineCollection({
  loader: glob({ pattern: '*.md', base: `${CONTENT}/rounds` }),
  schema: roundSchema,
});

/** The bank of unseen questions: several per file (bank/<theme>.yaml), one entry each. */
const bank = defineCollection({
  loader: () => bankEntries(`${CONTENT}/bank`),
  schema: bankQuestionSchema.extend({ theme: z.string(), order: z.number() }),
});

/** The starter set of questions to ask the interviewer, a group per file (your-questions/<group>.yaml). */
const yourQuestions = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${CONTENT}/your-questions` }),
  schema: yourQuestionsSchema,
});

/** Model openings ("Tell me about yourself"), shown beside the editor of yours: one per file (openings/<id>.yaml). */
const openings = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${CONTENT}/openings` }),
  schema: openingSchema,
});

export const collections = { questions, rounds, bank, yourQuestions, openings };
