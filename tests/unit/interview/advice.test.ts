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
    // Two answers of 60 s, live (a piece a part), with 210 words each ("we did it" × 70), 4 of them
    // "um": 210 words a minute, 4 fillers a minute, the action told with "we". The first never
    // reaches its result.
    const we = (n: number, um = false) => Array.from({ length: n }, (_, i) => (um && i % 5 === 0 ? 'um, we did it' : 'we did it')).join(' ');
    const live = (marks: number[], pieces: [number, string][], keyPoints: boolean[]) =>
      answer({ seconds: 60, marks, keyPoints, pieces: pieces.map(([at, text]) => ({ at, text })), transcript: pieces.map(([, text]) => text).join(' ') });
    const answers = [
      live([15, 21], [[1, we(20, true)], [16, we(10)], [22, we(40)]], [false, false, false, true]),
      live([15, 21, 48], [[1, we(20, true)], [16, we(10)], [22, we(30)], [50, we(10)]], [false, false, true, true]),
    ];
    const { workOn, wentWell } = interviewAdvice(answers);
    expect(workOn.map((a) => a.message)).toEqual([
      'Your action is told with “we”: “we did it we did…”. Say what you did, with “I”. (And in 1 other answer.)',
      'You said 3 of 8 key points (38%): read them again before your next run.',
      'You never reached the result in 1 of 2 answers: end with the outcome, and a figure if you have one.',
    ]);
    // Pace, fillers, a result without a figure and no lesson are noticed too, below those three.
    expect(rules(answers)).toHaveLength(3);
    expect(wentWell).toEqual(['All 2 answers ended within their time.']);
  });

  it('says the pace and the fillers in words and figures', () => {
    const fast = Array.from({ length: 70 }, (_, i) => (i % 10 === 0 ? 'um, I did it' : 'I did it')).join(' ');
    const slow = Array.from({ length: 20 }, () => 'I did it').join(' ');
    const messages = (transcript: string) => interviewAdvice([answer({ seconds: 60, marks: [15, 21, 48], transcript })]).workOn.map((a) => a.message);
    // 7 fillers a minute weigh 7/8 (against four times the limit of 2), the pace a flat half, no lesson a half.
    expect(messages(fast)).toEqual([
      '7 filler words a minute: pause instead of filling the silence.',
      'Your pace was 217 words a minute, faster than the 130–160 most coaches suggest: pause between the parts.',
      'No lesson heard: say what you learned.',
    ]);
    expect(messages(slow).slice(0, 1)).toEqual(['Your pace was 60 words a minute, slower than the 130–160 most coaches suggest: keep to the figures and the decisions.']);
    expect(interviewAdvice([answer({ seconds: 60, marks: [15, 21, 48], transcript: slow })]).wentWell).toContain('Few filler words: 0 a minute.');
  });

  it('names the answer and quotes it: told with “we”, hedged, a result without a figure; and says so where the result has one', () => {
    const told = (title: string, action: string, result: string) => {
      const pieces = [
        { at: 0.5, text: 'Our payments team had let three releases slip in a row.' },
        { at: 3, text: 'I had to get them shipping every week.' },
        { at: 6, text: action },
        { at: 13, text: result },
      ];
      // About 145 words a minute, over a third of the target: pace and length say nothing.
      return answer({ seconds: 19, target: 45, marks: [3, 6, 13], pieces, transcript: pieces.map((piece) => piece.text).join(' ') }, { title });
    };
    const we = told('Payments', 'We capped the work in progress and we paired with the lead every morning, and we kept at it.', 'Releases went out weekly, 10 weeks later. What I learned is to cap the work first.');
    const hedged = told('Hiring', 'I think I maybe set up a new loop, and I ran the debriefs myself.', 'It went well in the end and people were happy.');
    const { workOn, wentWell } = interviewAdvice([we, hedged]);
    const messages = workOn.map((a) => a.message);
    expect(messages).toContain('Payments: Your action is told with “we”: “We capped the work in…”. Say what you did, with “I”.');
    expect(messages).toContain('Hiring: Your result has no figure (“It went well in the end and people were happy”): say how much, how fast or how many.');
    expect(messages).toContain('Hiring: You sound unsure 2 times: “I think I maybe set up…”. Say it plainly.');
    // A result with a figure is never nagged.
    expect(messages.join(' ')).not.toMatch(/Payments: Your result/);
    expect(wentWell).not.toContain('You said what you did yourself, with “I”.');
    expect(interviewAdvice([told('Payments', 'I capped the work in progress and I paired with the lead every morning.', 'Releases went out weekly, 10 weeks later.')]).wentWell).toEqual(
      expect.arrayContaining(['You said what you did yourself, with “I”.', 'Your result had a figure.']),
    );
  });

  it('hears nothing in an answer without a transcript: no signal, no pace, no key points', () => {
    const { workOn, wentWell } = interviewAdvice([answer({ keyPoints: [false, false, false, false] }, { title: 'Payments' })]);
    expect(workOn).toEqual([]);
    expect(wentWell).toEqual(['Your answer ended within its time.', 'You reached the result in every answer you marked.']);
  });

  it('calls an answer under a third of its time short, never within its time', () => {
    const { workOn, wentWell } = interviewAdvice([answer({ seconds: 20, marks: [5, 8, 15] }, { title: 'Payments' })]);
    expect(workOn.map((a) => a.message)).toEqual(['Payments: 0:20 of 1:40: short, under a third of its time. Tell each part.']);
    expect(wentWell.join(' ')).not.toMatch(/within/);
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
