/**
 * The lesson: what the speaker learned, or would do differently ("what I learned is", "the lesson
 * for me", "what I took from it", "next time I would", "since then I always", "in hindsight").
 * Not "the next time something broke" (a time), nor "we saw it differently" (no lesson).
 */
const LESSON = /\b(?:learn(?:ed|t|ing)? (?:is|was|that|from|to)|(?:i|we)(?:'ve)? learn|lessons?|taught me|took (?:from|away)|takeaway|hindsight|looking back|next time,? (?:i|we)|(?:do|handle)\w* (?:it |that |things )?differently|since then,? (?:i|we))\b/i;

/** Where the lesson is said in `text`, or -1. */
export const lessonAt = (text: string): number => text.replace(/’/g, "'").search(LESSON);
