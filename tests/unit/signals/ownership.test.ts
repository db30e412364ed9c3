import { describe, expect, it } from 'vitest';
import { telling } from '../../../src/lib/signals/ownership.ts';

describe('ownership: who did the action, as told', () => {
  it('"I": the speaker’s own actions, a "we" here and there allowed', () => {
    expect(telling(['so i asked him what only he could do', 'together we wrote a thirty day plan', 'i moved the code reviews to his tech lead'])).toMatchObject({ telling: 'i' });
  });

  it('"we": the team’s actions, the speaker’s part unclear (more than twice as often as "I")', () => {
    const told = telling(['so we sat down together', 'and we went through what was going on', 'and we agreed he would hand off the reviews', 'i think it helped']);
    expect(told.telling).toBe('we');
    expect(told.quotes[0]).toBe('so we sat down together');
  });

  it('passive: "was put in place", "it was decided", "get trained by", "I was asked to"', () => {
    expect(telling(['a performance plan was put in place', 'three goals were written down', 'and progress was checked every week']).telling).toBe('passive');
    expect(telling(['so it was decided that every change goes through a test', 'new interviewers get trained by shadowing']).telling).toBe('passive');
  });

  it('a feeling or a state is not passive: "was worried", "were incentivized"', () => {
    expect(telling(['the ciso was worried about security', 'the teams were incentivized by speed', 'i dealt with both before the review']).telling).toBe('i');
  });

  it('one "we" or one passive is not enough to say so', () => {
    expect(telling(['we shipped it']).telling).toBe('i');
  });
});
