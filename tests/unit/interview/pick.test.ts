import { describe, expect, it } from 'vitest';
import { chooseQuestions, pickQuestions } from '../../../src/lib/interview/pick.ts';
import { DEFAULT_SETUP } from '../../../src/lib/interview/setup.ts';
import { emptyProgress, rate } from '../../../src/lib/progress.ts';

const questions = [
  { id: 'a', round: 'one' },
  { id: 'b', round: 'one' },
  { id: 'c', round: 'one' },
  { id: 'd', round: 'two' },
  { id: 'e', round: 'two' },
];
const day = (n: number) => new Date(Date.UTC(2026, 10, n));
const progress = rate(rate(rate(emptyProgress(), 'a', 'nailed-it', day(1)), 'b', 'needs-work', day(2)), 'd', 'needs-work', day(1));
const ids = (picked: { id: string }[]) => picked.map((q) => q.id);

describe('picking the questions of a mock interview', () => {
  it('asks every question, never practised first, then the weakest, the least recently practised first', () => {
    expect(ids(pickQuestions(questions, DEFAULT_SETUP, progress))).toEqual(['c', 'e', 'd', 'b', 'a']);
  });
  it('keeps to the chosen round', () => {
    expect(ids(pickQuestions(questions, { ...DEFAULT_SETUP, round: 'two' }, progress))).toEqual(['e', 'd']);
  });
  it('takes the first 3 or 5 of that order', () => {
    expect(ids(pickQuestions(questions, { ...DEFAULT_SETUP, count: '3' }, progress))).toEqual(['c', 'e', 'd']);
    expect(ids(pickQuestions(questions, { ...DEFAULT_SETUP, count: '5', round: 'one' }, progress))).toEqual(['c', 'b', 'a']);
  });
  it('shuffles when asked, with the random source given', () => {
    const shuffled = ids(pickQuestions(questions, { ...DEFAULT_SETUP, order: 'shuffled' }, progress, () => 0));
    expect(shuffled).toEqual(['b', 'c', 'd', 'e', 'a']);
    expect([...shuffled].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
  it('asks exactly the questions of a run again, in its order, unknown ones left out, without reading the progress', () => {
    const unread = () => {
      throw new Error('read');
    };
    expect(ids(chooseQuestions(questions, DEFAULT_SETUP, ['e', 'gone', 'a'], unread))).toEqual(['e', 'a']);
    expect(ids(chooseQuestions(questions, DEFAULT_SETUP, undefined, () => progress))).toEqual(['c', 'e', 'd', 'b', 'a']);
  });
});
