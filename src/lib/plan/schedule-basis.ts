/**
 * What a schedule (schedule.ts) is worked out over: the days ahead when there is no interview date,
 * and the ratings and settings it comes from, in a few characters, so a page can tell whether the
 * kept one still holds. Apart from schedule.ts because practice, which reads what is due, needs neither.
 */
import type { Progress } from '../progress.ts';

/** Days shown ahead when there is no interview date. */
export const HORIZON = 14;

/** The reviews and settings a schedule comes from: the settings as stored (plan/kept.ts), or none. */
export const scheduleKey = (progress: Pick<Progress, 'reviews'>, settings: unknown): string =>
  `${progress.reviews.length}|${progress.reviews.at(-1)?.at ?? ''}|${JSON.stringify(settings)}`;
