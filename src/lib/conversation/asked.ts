/**
 * What the interviewer asks beyond the questions themselves: your opening ("Tell me about
 * yourself") and your questions for them ("What questions do you have for me?"), whose ids are fixed
 * so that their attempts gather under one name in the rehearsal store; and the short version of an
 * answer. Constants only: the room's conversation (talk.ts) carries them without any judging code.
 */

export const OPENING = { id: 'opening', title: 'Your opening', question: 'Tell me about yourself.', seconds: 90 } as const;
export const CLOSING = { id: 'your-questions', title: 'Your questions for them', question: 'What questions do you have for me?', seconds: 90 } as const;

/** The parts of an opening, in order (its three lines: who you are now, how you got here, why this role). */
export const OPENING_LABELS = ['Who you are now', 'How you got here', 'Why this role', ''] as const;

/** The short version's target, in seconds. */
export const SHORT_SECONDS = 30;

/** How the interviewer asks for the short version of an answer. */
export const shortQuestion = (title: string): string => `Give me the short version of “${title.trim()}”.`;

/** What the short version's Rehearse panel says of itself. */
export const shortHint = (title: string): string => `${shortQuestion(title)} 0:30, its result and figure within it`;
