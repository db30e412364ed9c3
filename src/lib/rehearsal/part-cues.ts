/**
 * What the words of a piece say about its part, whatever the story: how people open a situation
 * ("at my last job", "there was", "about three months in"), name their task ("my goal was", "I
 * needed to"), tell their actions ("so I asked", "I set up", "then we"), and end ("in the end", "a
 * year later", "it worked", "what I learned"). Read on lower-case words without punctuation, as a
 * recogniser gives them. Each pattern is worth one cue; a piece's score for a part is the count.
 */

import { lessonAt } from '../signals/lesson.ts';

const cue = (source: string) => new RegExp(source);

/** Past forms of the verbs people tell their actions with (the regular ones end in -ed). */
const DID = '(?:(?!learn|realis|realiz|need|want|hop|lik|lov|us|tri|wonder|worr)\\w+ed|set|put|made|took|gave|told|sat|ran|wrote|brought|met|held|got|began|chose|found|kept|led|sent|spoke|spent|went|built|did|drew|cut|split|stood|paid|taught|sold|shut|hung|left)';
const SAY_DO = '(?:work|run|review|use|make|ask|set|hold|sponsor|advocate|justify|start|bring|get|put|try|rotate|train|pair|meet|push|focus|look|sit|give|write|track|measure|map|build|hire|share|keep|take)';

export const PART_CUES: readonly (readonly RegExp[])[] = [
  // Situation: the setting, the problem as it stood, before anyone did anything.
  [
    cue('\\b(?:at|in|on) my (?:last|previous|old|first|current) (?:job|company|role|team|org)'),
    cue('\\b(?:a (?:few|couple of)|two|three|several) years ago\\b|\\blast year\\b|\\bback (?:when|then|in)\\b'),
    cue('\\b(?:there (?:was|were|had been)|we had (?:a|an|this|these|no)|this was (?:a|an|at|when|back))\\b'),
    cue('\\b(?:the|this) (?:story|situation|context|background|problem|issue) (?:is|was)\\b'),
    cue('\\b(?:about|around|maybe|roughly) \\w+ (?:months|weeks|years) (?:in|into|after)\\b'),
    cue('\\b(?:was|were|had been|kept) (?:\\w+ing|slow|late|low|high|stuck|behind|failing|missing)\\b'),
    cue('\\b(?:had (?:dropped|slowed|stalled|fallen|grown)|was (?:struggling|slipping))\\b'),
  ],
  // Task: what the speaker had to achieve.
  [
    cue('\\b(?:my|the|our) (?:goal|aim|job|task|challenge|objective|role|priority|mandate|brief|mission) (?:was|is|here|there|became|for)\\b'),
    cue('\\b(?:i|we) (?:needed|had|wanted|was asked|was tasked|got asked|set out|was brought in|had been asked) to\\b'),
    cue('\\bi (?:needed|wanted) (?:him|her|them|the team|us|it|that)\\b'),
    cue('\\bwhat i (?:needed|wanted|had|want)\\b|\\bwhat (?:we|i) want is\\b|\\bthe (?:idea|point) is\\b'),
    cue('\\bi was asked by\\b'),
  ],
  // Action: the steps taken.
  [
    cue(`\\b(?:so|then|first|next|and|after that|finally)? ?i (?:also |then |just |actually |first )?${DID}\\b`),
    cue(`\\b(?:so|then|first|next|after that|finally) (?:i|we) \\w+`),
    cue(`\\bwe (?:also |then |just |all |actually )?${DID}\\b`),
    cue('^(?:first|second|third|then|next|after that|step \\w+)\\b'),
    cue(`\\bi (?:${SAY_DO})\\b`),
    cue('\\b(?:was|were|is|are|gets?|got) (?:\\w+ly )?(?:put|set|done|made|drawn|given|built|written|rolled|moved|sorted|shared|formed|agreed|announced)\\b'),
  ],
  // Result: how it ended, its figure, and the lesson.
  [
    cue('\\b(?:in the end|at the end|as a result|eventually|ended up|end result|the result|the outcome|long story short|by the (?:time|end))\\b'),
    cue('\\b(?:it|that|this) (?:worked|paid off|landed|stuck)\\b'),
    cue('\\b(?:\\w+|a) (?:days?|weeks?|months?|years?|quarters?|sprints?) later\\b|\\b(?:after|within|in) (?:about |around |just )?(?:a|an|one|two|three|four|five|six|\\d+) (?:weeks?|months?|years?|quarters?)\\b'),
    cue('\\b(?:since then|these days|today|now (?:he|she|they|we|our|every|i))\\b'),
    cue('\\b(?:went (?:from|up|down)|down to|up to|(?:increased|improved|doubled|halved|grew|rose|shipped|finished|renewed|approved|agreed)\\b)'),
  ],
];

/** A piece's cues for each part: how many of its patterns it matches. */
export function cueCounts(text: string): number[] {
  const said = text.toLowerCase().replace(/[’']/g, "'").replace(/[^\w\s']+/g, ' ').replace(/\s+/g, ' ').trim();
  const counts = PART_CUES.map((patterns) => patterns.filter((pattern) => pattern.test(said)).length);
  // The lesson ends an answer: it counts with the result (the signals' rule, so both agree).
  if (lessonAt(said) >= 0) counts[3]! += 2;
  return counts;
}

/** Words that carry a piece on from the one before it ("and", "but", "which"): a part rarely starts there. */
export const GOES_ON = /^(?:and|but|which|because|including|just|or|like|with|so that|who|that|then they)\b/;
/** Words that start something new: a part often starts here. */
export const STARTS = /^(?:so|okay|ok|well|anyway|after|in the end|first|then|what i|my goal|the goal|the aim)\b/;
