/** The three self-ratings, from practice and from a mock interview's report alike. */
export const RATINGS = ['needs-work', 'getting-there', 'nailed-it'] as const;
export type Rating = (typeof RATINGS)[number];

export const RATING_LABELS: Record<Rating, string> = {
  'needs-work': 'Needs work',
  'getting-there': 'Getting there',
  'nailed-it': 'Nailed it',
};

export const isRating = (value: unknown): value is Rating => RATINGS.includes(value as Rating);

/** A rating and when it was given. */
export interface Attempt {
  rating: Rating;
  /** When it was rated, as an ISO 8601 date-time. */
  at: string;
}
