import { describe, expect, it } from 'vitest';
import { answerSeconds, overtime, sessionFigures } from '../../../src/lib/interview/figures.ts';
import { sampleAttempt } from '../helpers/samples.ts';

describe('a mock interview’s figures', () => {
  it('counts the answers within their time, up to the follow-up; without a limit every answer is', () => {
    const answers = [
      { attempt: sampleAttempt({ seconds: 170, followUp: { question: 'Why?', at: 140 } }), limit: 150 },
      { attempt: sampleAttempt({ seconds: 160 }), limit: 150 },
      { attempt: sampleAttempt({ seconds: 400 }), limit: null },
    ];
    expect(answerSeconds(answers[0]!.attempt)).toBe(140);
    expect(answers.map(overtime)).toEqual([0, 10, 0]);
    expect(sessionFigures(answers)).toMatchObject({ answers: 3, withinTime: 2 });
  });

  it('counts no short answer as within time: under a third of its own time is short, not a success', () => {
    const answers = [
      { attempt: sampleAttempt({ seconds: 5, target: 125 }), limit: 156 },
      { attempt: sampleAttempt({ seconds: 41, target: 125 }), limit: 156 },
      { attempt: sampleAttempt({ seconds: 42, target: 125 }), limit: 156 },
      { attempt: sampleAttempt({ seconds: 5, target: 125 }), limit: null },
    ];
    expect(sessionFigures(answers)).toMatchObject({ answers: 4, withinTime: 1 });
  });

  it('adds up the key points said over the answers whose key points were checked: ticked, or heard in a transcript', () => {
    const answers = [
      { attempt: sampleAttempt({ keyPoints: [true, false, true, true], ticked: true }), limit: 100 },
      { attempt: sampleAttempt({ keyPoints: [false, false], transcript: 'I said none of them.' }), limit: 100 },
      // Nothing ticked and no transcript: nobody checked, so none missed either.
      { attempt: sampleAttempt({ keyPoints: [false, false, false] }), limit: 100 },
    ];
    expect(sessionFigures(answers)).toMatchObject({ keyPointsSaid: 3, keyPoints: 6, keyPointsChecked: 2 });
  });

  it('counts no key point at all where none was checked: no 0 of 11', () => {
    const answers = [4, 4, 3].map((n) => ({ attempt: sampleAttempt({ keyPoints: Array<boolean>(n).fill(false) }), limit: 100 }));
    expect(sessionFigures(answers)).toMatchObject({ keyPointsSaid: 0, keyPoints: 0, keyPointsChecked: 0 });
    // Ticked and unticked again by the person: checked, none said.
    expect(sessionFigures([{ attempt: sampleAttempt({ keyPoints: [false, false], ticked: true }), limit: 100 }])).toMatchObject({ keyPointsSaid: 0, keyPoints: 2, keyPointsChecked: 1 });
  });

  it('works out pace and fillers over the answers that have a transcript only', () => {
    // 140 words in 60 s, 3 fillers; then 70 words in 30 s, 0 fillers: 210 words and 3 fillers in 1.5 min.
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    const answers = [
      { attempt: sampleAttempt({ seconds: 60, transcript: `Um, uh, basically ${words(137)}` }), limit: 100 },
      { attempt: sampleAttempt({ seconds: 30, transcript: words(70) }), limit: 100 },
      { attempt: sampleAttempt({ seconds: 90 }), limit: 100 },
    ];
    expect(sessionFigures(answers)).toMatchObject({ wpm: 140, fillersPerMinute: 2 });
  });

  it('has no pace or fillers without a transcript, and nothing at all without answers', () => {
    expect(sessionFigures([{ attempt: sampleAttempt(), limit: 10 }])).not.toHaveProperty('wpm');
    expect(sessionFigures([])).toEqual({ answers: 0, withinTime: 0, keyPointsSaid: 0, keyPoints: 0, keyPointsChecked: 0 });
  });
});
