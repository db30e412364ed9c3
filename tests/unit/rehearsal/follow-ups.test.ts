import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_BANK, chooseFollowUp, followUpsFor } from '../../../src/lib/rehearsal/follow-ups.ts';

describe('follow-up questions', () => {
  it('uses the entry’s own follow-ups, else the bank for its kind', () => {
    expect(followUpsFor('story', ['Why then?'])).toEqual(['Why then?']);
    expect(followUpsFor('story')).toBe(FOLLOW_UP_BANK.story);
    expect(followUpsFor('approach', [])).toBe(FOLLOW_UP_BANK.approach);
  });

  it('has the probes the issue names for each kind', () => {
    expect(FOLLOW_UP_BANK.story.join(' ')).toMatch(/differently.*measure success.*learn.*react/);
    expect(FOLLOW_UP_BANK.approach.join(' ')).toMatch(/went wrong.*smaller company/);
  });

  it('asks one never asked first, in order; then the one asked longest ago', () => {
    const options = ['A', 'B', 'C'];
    expect(chooseFollowUp(options, [])).toBe('A');
    expect(chooseFollowUp(options, ['A'])).toBe('B');
    expect(chooseFollowUp(options, ['B', 'A', 'C'])).toBe('C');
    expect(chooseFollowUp(options, ['C', 'B', 'A', 'C'])).toBe('A');
    expect(chooseFollowUp([], ['A'])).toBeUndefined();
  });
});
