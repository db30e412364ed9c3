import type { Progress, Rating } from './progress.ts';

/** What the practice session knows of a question. */
export interface Card {
  id: string;
  topics: readonly string[];
  /** The round's id. */
  round: string;
}

/** Never practised first, then the weakest ratings. */
const RANK: Record<Rating, number> = { 'needs-work': 1, 'getting-there': 2, 'nailed-it': 3 };

/**
 * The order of a practice session: never practised, then "Needs work", "Getting there",
 * "Nailed it"; within each, least recently practised first, then in the order given (round by
 * round, each in its order: the sort is stable).
 */
export function practiceOrder<T extends Pick<Card, 'id'>>(cards: readonly T[], progress: Progress): T[] {
  // One number per card: its rank, then its time (milliseconds since 1970 stay below 10^13 until 2286).
  const key = (card: T) => {
    const attempt = progress.questions[card.id];
    return attempt ? RANK[attempt.rating] * 1e13 + Date.parse(attempt.at) : 0;
  };
  return [...cards].sort((a, b) => key(a) - key(b));
}

/**
 * The cards of the chosen rounds (all when none is chosen) on any of the chosen topics (all when
 * none is chosen).
 */
export function filterCards<T extends Card>(cards: readonly T[], topics: readonly string[], rounds: readonly string[] = []): T[] {
  return cards.filter(
    (card) => (rounds.length === 0 || rounds.includes(card.round)) && (topics.length === 0 || card.topics.some((topic) => topics.includes(topic))),
  );
}

/** A Fisher–Yates shuffle; `random` is injectable so tests can repeat it. */
export function shuffle<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}
