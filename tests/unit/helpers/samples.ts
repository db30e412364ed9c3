// Records as the site writes them, for tests to vary.
import type { SessionRecord } from '../../../src/lib/interview/session.ts';
import { DEFAULT_SETUP } from '../../../src/lib/interview/setup.ts';
import type { AttemptRecord } from '../../../src/lib/rehearsal/attempt.ts';

export const sampleAttempt = (overrides: Partial<AttemptRecord> = {}): AttemptRecord => ({
  version: 2,
  id: 'a1',
  question: 'managing-managers',
  at: '2026-11-26T10:00:00.000Z',
  seconds: 3.2,
  target: 120,
  marks: [1, 2],
  keyPoints: [true, false, false, true],
  type: 'audio/webm;codecs=opus',
  bytes: 4000,
  ...overrides,
});

export const sampleSession = (overrides: Partial<SessionRecord> = {}): SessionRecord => ({
  version: 1,
  id: 's1',
  at: '2026-11-26T10:00:00.000Z',
  setup: { ...DEFAULT_SETUP },
  questions: ['managing-managers', 'upward-influence'],
  answers: [{ question: 'managing-managers', attempt: 'a1', limit: 150, rating: { rating: 'getting-there', at: '2026-11-26T10:20:00.000Z' } }],
  seconds: 312.4,
  ended: true,
  figures: { answers: 1, withinTime: 1, keyPointsSaid: 2, keyPoints: 4, wpm: 141, fillersPerMinute: 1.5 },
  ...overrides,
});
