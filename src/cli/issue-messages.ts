// What the content checker says of a problem: the field, what was expected, what is there, in a
// writer's words. Shared by the checks of questions and rounds (check-content.ts) and of the bank
// of unseen questions (check-bank.ts).
import type { z } from 'astro/zod';
import { TOPIC_IDS } from '../lib/topics.ts';

const VOCABULARY_FILE = 'src/lib/topics.ts';

/** What a value looks like, for "found …". */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (typeof value === 'string') return value.length > 40 ? `text of ${value.length} characters` : JSON.stringify(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value === null) return 'an empty value';
  return typeof value === 'object' ? 'a mapping' : JSON.stringify(value);
}

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
};

export const at = (data: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], data);

/** Turns one zod issue into what a writer needs: the field, what was expected, what is there. */
export function explain(issue: z.core.$ZodIssue, data: unknown): string {
  const found = at(data, issue.path);
  // A topic anywhere: an entry's topics.1, or a bank file's questions.3.topics.1.
  if (issue.path.at(-2) === 'topics' && issue.code === 'invalid_value') {
    return `expected a topic from the vocabulary (${TOPIC_IDS.join(', ')}; defined in ${VOCABULARY_FILE}), found ${describe(found)}`;
  }
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, found ${describe(found)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, found ${describe(found)}`;
    case 'too_big':
    case 'too_small':
      return `${issue.message}, found ${describe(found)}`;
    // A limit of the shared rules (src/lib/story-rules.ts).
    case 'custom':
      return issue.params?.['limit'] ? `${issue.message}, found ${describe(found)}` : issue.message;
    default:
      return issue.message;
  }
}
