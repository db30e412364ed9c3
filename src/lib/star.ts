/** What an answer is: a story told in STAR parts, or an approach told in numbered steps. */
export const KINDS = ['story', 'approach'] as const;
export type Kind = (typeof KINDS)[number];

export type StarField = 'situation' | 'task' | 'action' | 'result';

const STORY_LABELS: Record<StarField, string> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
};

/** The four one-line parts of an answer, in order. */
export const STAR_FIELDS = ['situation', 'task', 'action', 'result'] as const satisfies readonly StarField[];

/** An approach has no events to tell, so its four parts read as context, aim, steps and outcome. */
const APPROACH_LABELS: Record<StarField, string> = {
  situation: 'Context',
  task: 'Aim',
  action: 'Steps',
  result: 'Outcome',
};


/** The four parts' names for a kind: Situation … Result, or Context … Outcome. */
export function partLabels(kind: Kind): string[] {
  const labels = kind === 'story' ? STORY_LABELS : APPROACH_LABELS;
  return STAR_FIELDS.map((field) => labels[field]);
}

/** The four summary parts of an entry, labelled for its kind. */
export function starParts(data: { kind: Kind } & Record<StarField, string>) {
  const labels = partLabels(data.kind);
  return STAR_FIELDS.map((field, i) => ({ field, label: labels[i]!, text: data[field] }));
}

export const KIND_LABELS: Record<Kind, string> = {
  story: 'STAR story',
  approach: 'Approach in steps',
};
