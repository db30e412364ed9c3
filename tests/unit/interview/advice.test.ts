import { describe, expect, it } from 'vitest';
import { interviewAdvice, weakestQuestions, type AdviceAnswer } from '../../../src/lib/interview/advice.ts';
import type { AttemptRecord } from '../../../src/lib/rehearsal/attempt.ts';
import { sampleAttempt } from '../helpers/samples.ts';

const STORY = ['Situation', 'Task', 'Action', 'Result'];
const APPROACH = ['Context', 'Aim', 'Steps', 'Outcome'];
/** A balanced, timely answer of 100 s (model: 25% situation), all key points said. */
const answer = (attempt: Partial<AttemptRecord> = {}, more: Partial<AdviceAnswer> = {}): AdviceAnswer => ({
  attempt: sampleAttempt({ seconds: 100, target: 100, marks: [25, 35, 80], keyPoints: [true, true, true, true], ...attempt }),
  limit: 125,
  modelWords: [50, 25, 100, 25],
  labels: STORY,
  ...more,
});
const rules = (answers: AdviceAnswer[]) => interviewAdvice(answers).workOn.map((a) => a.rule);

describe('what a mock interview’s report says to work on', () => {
  it('says nothing to work on after a good run, and says what went well', () => {
    const { workOn, wentWell } = interviewAdvice([answer(), answer()]);
    expect(workOn).toEqual([]);
    expect(wentWell).toEqual(['All 2 answers ended within their time.', 'You reached the result in every answer you marked.', 'You said 8 of 8 key points (100%).']);
  });

  it('words each point from the figures: “Your situations ran long in 3 of 5 answers”', () => {
    const long = answer({ seconds: 100, marks: [60, 70, 90] });
    const advice = interviewAdvice([long, long, long, answer(), answer()]).workOn;
    expect(advice[0]).toMatchObject({ rule: 'long-situation', message: 'Your situations ran long in 3 of 5 answers: get to what you did sooner.' });
  });

  it('names the part as the answers call it: contexts for an approach', () => {
    const long = answer({ marks: [60, 70, 90] }, { labels: APPROACH });
    expect(interviewAdvice([long]).workOn[0]?.message).toBe('Your contexts ran long in 1 of 1 answer: get to what you did sooner.');
  });

  it('counts answers over their time, with the longest overrun', () => {
    const over = interviewAdvice([answer({ seconds: 160 }), answer({ seconds: 140 }), answer()]).workOn.find((a) => a.rule === 'over-time');
    expect(over?.message).toBe('2 of 3 answers ran over their time, the longest by 0:35: cut the framing, keep the figures.');
  });

  it('notices a result never reached, key points missed, a fast pace, fillers and “we”, and keeps the three that matter most', () => {
    // Two answers of 60 s with 210 words each ("we did it" × 70), 4 of them "um": 210 words a
    // minute, 4 fillers a minute, "we" and never "I". The first never reaches its result.
    const words = Array.from({ length: 70 }, (_, i) => (i % 20 === 0 ? 'um, we did it' : 'we did it')).join(' ');
    const answers = [
      answer({ seconds: 60, marks: [15, 21], keyPoints: [false, false, false, true], transcript: words }),
      answer({ seconds: 60, marks: [15, 21, 48], keyPoints: [false, false, true, true], transcript: words }),
    ];
    const { workOn, wentWell } = interviewAdvice(answers);
    expect(workOn.map((a) => a.message)).toEqual([
      'You said “we” far more than “I” in 2 of 2 answers: say what you did yourself.',
      'You said 3 of 8 key points (38%): read them again before your next run.',
      'You never reached the result in 1 of 2 answers: end with the outcome, and a figure if you have one.',
    ]);
    // Pace and fillers are noticed too, below those three.
    const all = rules(answers);
    expect(all).toHaveLength(3);
    expect(wentWell).toEqual(['All 2 answers ended within their time.']);
  });

  it('says the pace and the fillers in words and figures', () => {
    const fast = Array.from({ length: 70 }, (_, i) => (i % 10 === 0 ? 'um, I did it' : 'I did it')).join(' ');
    const slow = Array.from({ length: 20 }, () => 'I did it').join(' ');
    const messages = (transcript: string) => interviewAdvice([answer({ seconds: 60, marks: [15, 21, 48], transcript })]).workOn.map((a) => a.message);
    // 7 fillers a minute weigh 7/8 (against four times the limit of 2), the pace a flat half.
    expect(messages(fast)).toEqual([
      '7 filler words a minute: pause instead of filling the silence.',
      'Your pace was 217 words a minute, faster than the 130–160 most coaches suggest: pause between the parts.',
    ]);
    expect(messages(slow)).toEqual(['Your pace was 60 words a minute, slower than the 130–160 most coaches suggest: keep to the figures and the decisions.']);
    expect(interviewAdvice([answer({ seconds: 60, marks: [15, 21, 48], transcript: slow })]).wentWell).toContain('Few filler words: 0 a minute.');
  });

  it('gives the two or three most important first: the share of answers concerned, time before structure on a tie', () => {
    const both = answer({ seconds: 160, marks: [100, 120, 140] });
    expect(rules([both, both])).toEqual(['over-time', 'long-situation']);
  });

  it('says nothing of key points nobody checked, and counts only the answers checked', () => {
    const unchecked = answer({ keyPoints: [false, false, false, false] });
    expect(interviewAdvice([unchecked, unchecked]).workOn).toEqual([]);
    expect(interviewAdvice([unchecked]).wentWell.join(' ')).not.toMatch(/key points/);
    const ticked = answer({ keyPoints: [true, false, false, false], ticked: true });
    expect(interviewAdvice([ticked, unchecked]).workOn.find((a) => a.rule === 'key-points')?.message).toBe(
      'You said 1 of 4 key points (25%) in the 1 answer checked: read them again before your next run.',
    );
  });

  it('asks for the parts to be marked when none were, and says nothing about structure then', () => {
    expect(rules([answer({ marks: [] })])).toEqual(['unmarked']);
  });
});

describe('the weakest questions of a mock interview', () => {
  const row = (question: string, attempt: Partial<AttemptRecord>, rating?: 'needs-work' | 'getting-there' | 'nailed-it') => ({
    question,
    attempt: sampleAttempt({ seconds: 100, keyPoints: [true, true], ...attempt }),
    limit: 120,
    ...(rating && { rating: { rating } }),
  });
  it('puts the ratings first, then what went wrong, then the order asked', () => {
    const answers = [
      row('fine', {}, 'nailed-it'),
      row('slow', { seconds: 200 }),
      row('forgot', { keyPoints: [false, false], ticked: true }),
      row('rated-low', {}, 'needs-work'),
      row('ok', {}),
    ];
    expect(weakestQuestions(answers, 3)).toEqual(['rated-low', 'slow', 'forgot']);
  });
  it('counts key points nobody checked neither for nor against an answer', () => {
    const answers = [row('unchecked', { keyPoints: [false, false] }), row('forgot', { keyPoints: [false, false], ticked: true }), row('ok', {})];
    expect(weakestQuestions(answers, 1)).toEqual(['forgot']);
  });
  it('names each question once, however often it was retried', () => {
    expect(weakestQuestions([row('a', {}), row('a', { seconds: 300 }), row('b', {})], 3)).toEqual(['a', 'b']);
  });
});
