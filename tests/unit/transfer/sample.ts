// A transfer as the site makes one, and progress rated on given days, for the transfer's tests.
import { emptyProgress, rate, type Progress } from '../../../src/lib/progress.ts';
import type { Transfer } from '../../../src/lib/transfer/payload.ts';
import { sampleAttempt } from '../helpers/samples.ts';

const day = (n: number) => new Date(Date.UTC(2026, 10, n, 9));

/** Progress with each rating given on day `d` of November 2026. */
export const progress = (...ratings: [string, 'needs-work' | 'getting-there' | 'nailed-it', number][]): Progress =>
  ratings.reduce((p, [id, rating, d]) => rate(p, id, rating, day(d)), emptyProgress());

export const sample = (): Transfer => ({
  reviews: progress(['managing-managers', 'nailed-it', 20], ['upward-influence', 'needs-work', 21]).reviews,
  plan: { dates: { 'soft-skills-leadership': { day: '2026-12-10' } }, retention: 0.9 },
  sheet: ['inclusive-culture'],
  settings: { theme: 'dark', shortcuts: 'off' },
  attempts: [sampleAttempt({ id: 'new', transcript: 'I asked what only he could do.' }), sampleAttempt({ id: 'old' })],
});
