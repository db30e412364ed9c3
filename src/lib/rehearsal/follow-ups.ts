import type { Question } from '../../schemas/question.ts';

/** What an interviewer probes after an answer, when the entry brings no follow-ups of its own. */
export const FOLLOW_UP_BANK: Record<Question['kind'], readonly string[]> = {
  story: [
    'What would you do differently if you faced this again?',
    'How did you measure success?',
    'What did you learn from this?',
    'How did the people involved react?',
  ],
  approach: ['Tell me about a time this approach went wrong. What happened?', 'How would this change at a much smaller company?'],
};

/** How long the follow-up clock runs. */
export const FOLLOW_UP_SECONDS = 30;

/** The entry's own follow-ups, or the bank's for its kind. */
export function followUpsFor(kind: Question['kind'], own: readonly string[] = []): readonly string[] {
  return own.length > 0 ? own : FOLLOW_UP_BANK[kind];
}

/**
 * The next follow-up to ask: one never asked yet, in order; else the one asked longest ago.
 * `asked` lists earlier follow-ups, newest first.
 */
export function chooseFollowUp(options: readonly string[], asked: readonly string[]): string | undefined {
  const fresh = options.find((option) => !asked.includes(option));
  if (fresh) return fresh;
  return [...options].sort((a, b) => asked.indexOf(b) - asked.indexOf(a))[0];
}
