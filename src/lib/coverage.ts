import { TOPIC_IDS, type Topic } from './topics.ts';

interface Covered {
  id: string;
  data: { topics: readonly Topic[] };
}

/** The topics some entry uses, in the vocabulary's order. */
export function topicsInUse(entries: readonly Covered[]): Topic[] {
  return TOPIC_IDS.filter((topic) => entries.some((entry) => entry.data.topics.includes(topic)));
}

/** The entries on one topic, in the order given. */
export function entriesOn<T extends Covered>(entries: readonly T[], topic: Topic): T[] {
  return entries.filter((entry) => entry.data.topics.includes(topic));
}

/** How many entries cover each topic in use. */
export function topicCounts(entries: readonly Covered[]): Map<Topic, number> {
  return new Map(topicsInUse(entries).map((topic) => [topic, entriesOn(entries, topic).length]));
}
