/**
 * What the words of a piece say about its part, whatever the story: how people open a situation
 * ("at my last job", "there was", "three months in"), name their task ("my goal was", "I needed
 * to"), tell their actions ("so I asked", "I set up", "then we"), and end ("in the end", "a year
 * later", "it worked", "what I learned"). Read on lower-case words without punctuation, as a
 * recogniser gives them; a piece's score for a part is how many of its cues it holds.
 */
import { lessonAt } from '../signals/lesson.ts';

/** Past forms people tell their actions with (-ed, and the irregular ones); not learning, needing or wanting. */
const DID = "(?:(?!learn|realiz|need|want|hop|lik|us|worr)\\w+ed|set|put|made|took|gave|told|sat|ran|wrote|brought|met|held|got|went|built|did|cut|split|stood|spent|led|found|kept)";
const NUMBER = '(?:a|an|one|two|three|four|five|six|\\d+)';
const SPAN = '(?:days?|weeks?|months?|years?|quarters?)';

const cues = (source: string) => new RegExp(`\\b(?:${source})\\b`, 'g');

export const PART_CUES: readonly RegExp[] = [
  // Situation: the setting, the problem as it stood, before anyone did anything.
  cues('(?:at|in) my (?:last|previous|old) \\w+|years ago|last year|there (?:was|were)|we had (?:a|an|this|no)|(?:months|weeks) (?:in|into|after)|(?:was|were|kept) (?:\\w+ing|slow|late|behind|stuck)'),
  // Task: what the speaker had to achieve.
  cues('(?:my|the|our) (?:goal|aim|job|task|challenge|objective|priority|mandate)|(?:i|we) (?:needed|had|wanted|was asked|was tasked|set out) to|i (?:needed|wanted) (?:him|her|them|us)|what (?:i|we) (?:needed|wanted|want)|i was asked by'),
  // Action: the steps taken, in the first person or told of the team.
  cues(
    `(?:so|then|first|next|after that|finally) (?:i|we) \\w+|(?:i|we) (?:also |then |just )?${DID}|^(?:first|second|third|then|next)|(?:was|were|is|are|gets?|got) (?:put|set|done|made|drawn|given|built|written|rolled|moved|sorted|shared|formed|agreed)`,
  ),
  // Result: how it ended and its figure (the lesson below).
  cues(
    `in the end|at the end|as a result|eventually|ended up|the (?:result|outcome)|long story short|by the (?:time|end)|(?:it|that) (?:worked|paid off)|\\w+ ${SPAN} later|(?:after|within|in) (?:about |around )?${NUMBER} ${SPAN}|since then|now|went (?:from|up|down)|down to|increased|improved|doubled|halved|grew|finished|approved|agreed`,
  ),
];

/** A piece's cues for each part. */
export function cueCounts(text: string): number[] {
  const said = text.toLowerCase().replace(/[^\w\s']+/g, ' ');
  const counts = PART_CUES.map((pattern) => said.match(pattern)?.length ?? 0);
  // The lesson ends an answer: it counts with the result (the signals' rule, so both agree).
  if (lessonAt(said) >= 0) counts[3]! += 2;
  return counts;
}

/** Words that carry a piece on from the one before it ("and", "but", "which"): a part rarely starts there. */
export const GOES_ON = /^(?:and|but|which|because|including|just|or|like|with|who|that)\b/;
