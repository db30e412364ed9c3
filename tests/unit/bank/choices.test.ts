import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNREADABLE_CHOICES_KEY } from '../../../src/lib/kept/keys.ts';
import { CHOICES_KEY, choose, loadChoices, mergeChoices, nextQuestion, readChoices, saveChoices, type Choices } from '../../../src/lib/bank/choices.ts';
import { memoryStorage } from '../helpers/memory-storage.ts';

const at = (day: number) => new Date(Date.UTC(2026, 10, day, 9));

describe('choices of story', () => {
  it('are kept, and read back; the newest choice for a question replaces the older', () => {
    const storage = memoryStorage();
    let choices = choose({}, 'layoffs', 'managing-managers', at(1));
    choices = choose(choices, 'layoffs', null, at(2));
    expect(saveChoices(choices, storage)).toBe(true);
    expect(loadChoices(storage)).toEqual({ choices: { layoffs: { story: null, at: at(2).toISOString() } }, unreadable: false });
  });

  it('something unreadable in storage is kept aside and said, never thrown; full storage says false', () => {
    const storage = memoryStorage();
    storage.setItem(CHOICES_KEY, '{"version":1,"choices":');
    expect(loadChoices(storage)).toEqual({ choices: {}, unreadable: true });
    expect(storage.getItem(UNREADABLE_CHOICES_KEY)).toBe('{"version":1,"choices":');
    const full = { ...memoryStorage(), setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } } as Storage;
    expect(saveChoices(choose({}, 'x', 'y'), full)).toBe(false);
  });

  it('reading imported data keeps only what is a choice', () => {
    expect(readChoices({ version: 1, choices: { a: { story: 's', at: at(1).toISOString() }, b: { story: 3, at: 'x' }, c: 'no' } })).toEqual({ a: { story: 's', at: at(1).toISOString() } });
    expect(readChoices('nonsense')).toEqual({});
  });

  it('merge: the newest per question wins, the same whichever way round', () => {
    const choice = fc.record({ story: fc.option(fc.constantFrom('s1', 's2', 's3')), at: fc.integer({ min: 1, max: 30 }).map((d) => at(d).toISOString()) });
    const map = fc.dictionary(fc.constantFrom('q1', 'q2', 'q3', 'q4'), choice) as fc.Arbitrary<Choices>;
    fc.assert(
      fc.property(map, map, (a, b) => {
        const merged = mergeChoices(a, b);
        expect(mergeChoices(b, a)).toEqual(merged);
        for (const id of new Set([...Object.keys(a), ...Object.keys(b)])) {
          const newest = Math.max(...[a[id], b[id]].filter(Boolean).map((c) => Date.parse(c!.at)));
          expect(Date.parse(merged[id]!.at)).toBe(newest);
        }
      }),
    );
  });

  it('the drill asks a question never seen first, then one no story fitted, then the one chosen longest ago', () => {
    const ids = ['a', 'b', 'c', 'd'];
    let choices: Choices = { a: { story: 's', at: at(3).toISOString() }, b: { story: null, at: at(2).toISOString() }, c: { story: 's', at: at(1).toISOString() } };
    expect(nextQuestion(ids, choices, undefined, () => 0.99)).toBe('d');
    choices = choose(choices, 'd', 's', at(4));
    expect(nextQuestion(ids, choices)).toBe('b');
    expect(nextQuestion(ids, choices, 'b')).toBe('c');
    expect(nextQuestion(['only'], {}, 'only')).toBe('only');
  });
});
