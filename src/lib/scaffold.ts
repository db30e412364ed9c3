import { PLACEHOLDER } from '../schemas/question.ts';
import { TOPIC_IDS, type Topic } from './topics.ts';

/** Topics given on the command line (`--topics a,b`), checked against the vocabulary. */
export function parseTopics(list: string): Topic[] {
  const topics = [...new Set(list.split(',').map((topic) => topic.trim()).filter(Boolean))];
  const unknown = topics.filter((topic) => !(TOPIC_IDS as readonly string[]).includes(topic));
  if (unknown.length) throw new Error(`Unknown topic${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}: use ${TOPIC_IDS.join(', ')} (src/lib/topics.ts).`);
  return topics as Topic[];
}

/**
 * A new question entry: every field present with a comment saying what goes in it, text fields
 * holding placeholders, and `draft: true` so the half-written story stays out of the site.
 */
export function scaffoldEntry(title: string, order: number, round?: string, topics: readonly Topic[] = []): string {
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
topics: [${topics.join(', ')}]
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
${round === undefined ? '' : `# The round this question belongs to: a file name in content/rounds/, without .md.\nround: ${round}\n`}# Remove this line (or set it to false) when the story is ready: drafts are left out of the site.
draft: true
---

${PLACEHOLDER} one or two sentences that frame your answer.

*   **Situation:** ${PLACEHOLDER} the context.
*   **Task:** ${PLACEHOLDER} what you had to achieve.
*   **Action:** ${PLACEHOLDER} what you did, step by step.
*   **Result:** ${PLACEHOLDER} the outcome, and what you learned.
`;
}

/**
 * A new round: every field with a comment, placeholders for the writer, `draft: true` until it is
 * ready, and a placeholder mindset as its body.
 */
export function scaffoldRound(title: string, order: number): string {
  const todo = (text: string) => JSON.stringify(`${PLACEHOLDER} ${text}`);
  return `---
# The round's name, at most 70 characters: the heading of its page.
title: ${JSON.stringify(title)}
# Its place in the interview loop: a whole number no other round uses.
order: ${order}
# One sentence (at most 160 characters) for the list of rounds, search engines and link previews.
description: ${todo('one sentence on what this round tests')}
# Remove this line (or set it to false) when the round is ready: drafts are left out of the site.
draft: true
---

${PLACEHOLDER} the mindset for this round: what the interviewers look for, and how to answer.
`;
}
