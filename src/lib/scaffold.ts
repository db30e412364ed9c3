import { PLACEHOLDER } from '../schemas/question.ts';
import { TOPIC_IDS } from './topics.ts';

/**
 * A new question entry: every field present with a comment saying what goes in it, text fields
 * holding placeholders, and `draft: true` so the half-written story stays out of the site.
 */
export function scaffoldEntry(title: string, order: number): string {
  const todo = (text: string) => JSON.stringify(`${PLACEHOLDER} ${text}`);
  return `---
# A short heading, at most 70 characters; it is also the page title.
title: ${JSON.stringify(title)}
# The interviewer's question, word for word.
question: ${todo("the interviewer's question, word for word")}
# Place in the round: a whole number no other entry uses.
order: ${order}
# story: a STAR story. approach: a framework told in steps.
kind: story
# One or more of: ${TOPIC_IDS.join(', ')}
# (the vocabulary is in src/lib/topics.ts). For example: [influence, conflict]
topics: []
# The STAR summary: one or two short sentences each, at most 160 characters, in your answer's own facts.
situation: ${todo('the context: where, when, what was at stake')}
task: ${todo('what you had to achieve')}
action: ${todo('what you did (say "I", not "we")')}
result: ${todo('the outcome, with a number if you have one')}
# Two to four short lines you must not forget: figures, phrases, the plan.
keyPoints:
  - ${todo('a figure or phrase you must not forget')}
  - ${todo('another one')}
# Optional: up to six follow-up questions an interviewer might ask, for the rehearsal drill.
# Leave it out and the site asks from its own bank (what you would do differently, what you learned …).
# followUps:
#   - "How did you measure success?"
# Remove this line (or set it to false) when the story is ready: drafts are left out of the site.
draft: true
---

${PLACEHOLDER} one or two sentences that frame your answer.

*   **Situation:** ${PLACEHOLDER} the context.
*   **Task:** ${PLACEHOLDER} what you had to achieve.
*   **Action:** ${PLACEHOLDER} what you did, step by step.
*   **Result:** ${PLACEHOLDER} the outcome, and what you learned.
`;
}
