/**
 * The closed vocabulary of topics. An entry's `topics` must use these ids;
 * the label is what readers see. Add a topic here, and only here.
 */
export const TOPICS = {
  'people-management': 'People management',
  coaching: 'Coaching & development',
  delegation: 'Delegation',
  influence: 'Influence',
  'stakeholder-management': 'Stakeholder management',
  'executive-communication': 'Executive communication',
  conflict: 'Conflict resolution',
  collaboration: 'Cross-team collaboration',
  'data-driven': 'Data-driven decisions',
  culture: 'Culture',
  dei: 'Diversity, equity & inclusion',
  hiring: 'Hiring',
  strategy: 'Strategy',
  prioritization: 'Prioritization',
  budgeting: 'Budgeting & headcount',
  change: 'Reorganization & change',
  failure: 'Failure & learning',
  incidents: 'Crises & incidents',
} as const satisfies Record<string, string>;

export type Topic = keyof typeof TOPICS;

export const TOPIC_IDS = Object.keys(TOPICS) as [Topic, ...Topic[]];

export function topicLabel(topic: Topic): string {
  return TOPICS[topic];
}
