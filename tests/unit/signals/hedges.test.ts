import { describe, expect, it } from 'vitest';
import { hedgePhrases, hedgeQuotes } from '../../../src/lib/signals/hedges.ts';

describe('hedges', () => {
  it('hears each hedge, as spoken: "i think", "maybe", "probably", "i guess", "kind of", "sort of"', () => {
    expect(hedgePhrases('i think it worked and maybe the team probably liked it i guess it was kind of sort of fine')).toEqual(['i think', 'maybe', 'probably', 'i guess', 'kind of', 'sort of']);
  });

  it('not a kind: "this kind of project", "the same kind of person", "that sort of thing"', () => {
    expect(hedgePhrases('this kind of project needed the same kind of person and that sort of thing')).toEqual([]);
    expect(hedgePhrases('it was sort of thing we did')).toEqual([]);
  });

  it('not words said to someone: quoted, or reported a few words after said, asked, told', () => {
    expect(hedgePhrases("I started by saying, 'I think we both want the same thing.' I think it worked.")).toEqual(['i think']);
    expect(hedgePhrases('i said i think we both want the same thing')).toEqual([]);
    expect(hedgePhrases('the pm came to me and said maybe we should just wait a week')).toEqual([]);
    expect(hedgePhrases('He told me "it will probably fail". It probably did.')).toEqual(['probably']);
  });

  it('quotes each with the words around it, within its sentence', () => {
    expect(hedgeQuotes('First we met. Then we deleted i think about half of the alerts in the first month. Done.')).toEqual(['Then we deleted i think about half of the…']);
    expect(hedgeQuotes('and i think it sort of paid off')).toEqual(['and i think it sort of paid…', 'and i think it sort of paid off']);
  });
});
