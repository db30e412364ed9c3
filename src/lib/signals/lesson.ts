/**
 * The lesson: what the speaker learned, or would do differently ("what I learned is", "the lesson
 * for me", "what I took from it", "next time I would", "since then I always", "in hindsight").
 * Not "the next time something broke" (a time), nor "we saw it differently" (no lesson).
 */
const LESSON =
  /\b(?:learn(?:ed|t|ing)? (?:is|was|that|from|to)|(?:i|we)(?:'ve)? learn(?:ed|t)|lessons? (?:for me|i|was|is|here|learned)|the lesson|taught (?:me|us)|took (?:from|away)|takeaway|in hindsight|with hindsight|looking back|next time,? (?:i|we)|(?:do|done|handle|approach)\w* (?:it |that |things )?differently|since then,? (?:i|we)|(?:i|we) now always|now i always|if i (?:did|had|could) (?:it|that|this) (?:all )?(?:over )?again)\b/i;

/** Where the lesson is said in `text`, or -1. */
export function lessonAt(text: string): number {
  return LESSON.exec(text.replace(/’/g, "'"))?.index ?? -1;
}
