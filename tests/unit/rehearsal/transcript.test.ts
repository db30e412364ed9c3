import { describe, expect, it } from 'vitest';
import { analyseTranscript, countFillers, saysKeyPoint } from '../../../src/lib/rehearsal/transcript.ts';
import { hedgeQuotes } from '../../../src/lib/signals/hedges.ts';

describe('words per minute', () => {
  it('divides the words by the minutes and places them against the 130–160 band', () => {
    expect(analyseTranscript('word '.repeat(150), 60, [])).toMatchObject({ words: 150, wpm: 150, pace: 'in band' });
    expect(analyseTranscript('word '.repeat(100), 60, [])).toMatchObject({ wpm: 100, pace: 'slow' });
    expect(analyseTranscript('word '.repeat(90), 30, [])).toMatchObject({ wpm: 180, pace: 'fast' });
  });
  it('has no pace without a duration', () => {
    expect(analyseTranscript('a few words', 0, [])).toMatchObject({ wpm: undefined, pace: undefined, fillersPerMinute: undefined });
  });
});

describe('hedges, apart from the fillers', () => {
  it('counts "kind of" and "sort of" as hedges (signals/hedges.ts, which quotes each), not fillers', () => {
    const text = 'So um I think it was kind of hard, you know.';
    expect(analyseTranscript(text, 10, []).fillers).toEqual({ um: 1, 'you know': 1 });
    expect(hedgeQuotes(text)).toEqual(['So um I think it was kind of…', '…I think it was kind of hard, you know']);
  });
});

describe('filler words', () => {
  it('counts the documented list, multi-word ones included, and per minute', () => {
    const text = 'Um, so, uh, I basically said, you know, that it was actually, I mean, literally erm sort of fine.';
    expect(countFillers(text)).toEqual({ um: 1, uh: 1, erm: 1, 'you know': 1, basically: 1, actually: 1, literally: 1, 'i mean': 1 });
    expect(analyseTranscript(text, 30, []).fillersPerMinute).toBe(16);
  });

  it('counts "like" only as a filler: set off by commas, or as a quote marker', () => {
    expect(countFillers('It was, like, a big deal. Like, really.').like).toBe(2);
    expect(countFillers('And she was like no way.').like).toBe(1);
    expect(countFillers('I like it. It looks like a plan, like the last one.')).toEqual({});
  });

  it('leaves literal uses alone: "this kind of", "do you know", "what I mean"', () => {
    expect(countFillers('This kind of project, a sort of plan. Do you know what I mean?')).toEqual({});
  });
});

describe('key points heard', () => {
  const plan = '30-day plan: all code reviews to his tech lead, 50% of his time pairing and mentoring, a career conversation with each.';
  it('finds a key point by its figures: "50%" and "30-day", spoken as digits or words', () => {
    expect(saysKeyPoint('We made a 30 day plan and he spent 50% of his time mentoring.', plan)).toBe(true);
    expect(saysKeyPoint('A thirty-day plan: fifty percent of his time with the team.', plan)).toBe(true);
    expect(saysKeyPoint('A plan where he spent half his time mentoring.', plan)).toBe(false);
    expect(saysKeyPoint('He spent 150% of his time on a 30-day plan.', plan)).toBe(false);
  });

  it('needs every figure: "12-18" is two', () => {
    const point = 'Objectives for the next 12-18 months.';
    expect(saysKeyPoint('the next 12 to 18 months', point)).toBe(true);
    expect(saysKeyPoint('the next 12 months', point)).toBe(false);
  });

  it('finds a key point without figures by most of its content words', () => {
    const point = "Aligned autonomy: I set the 'what' and 'why'; my managers own the 'how'.";
    expect(saysKeyPoint('I believe in aligned autonomy, where managers decide how.', point)).toBe(true);
    expect(saysKeyPoint('I believe in autonomy.', point)).toBe(false);
  });

  it('does not take number words in a key point as figures', () => {
    const point = "The question: 'What is the one thing that only you can do for your team?'";
    expect(saysKeyPoint('I had one idea.', point)).toBe(false);
  });

  it('reads numbers either way: thirty ↔ 30, half ↔ 50%, one on one ↔ 1:1, twelve to eighteen ↔ 12-18', () => {
    expect(saysKeyPoint('a thirty day plan where his tech lead took over every code review and half of his time pairing', plan)).toBe(true);
    expect(saysKeyPoint('weekly one on ones before the review', 'Weekly 1:1s before the review.')).toBe(true);
    expect(saysKeyPoint('for the next twelve to eighteen months', 'Objectives for the next 12-18 months.')).toBe(true);
    expect(saysKeyPoint('I gave him 15% of our capacity', 'A fixed fifteen percent of capacity he prioritises himself.')).toBe(true);
    expect(saysKeyPoint('we met every week for half an hour', 'A weekly thirty-minute sync with the sales VP.')).toBe(true);
  });

  it('a small count needs some of the point’s words with it: "three" alone is not "three days"', () => {
    const point = 'Data, not anecdotes: the policy would add three days to our average deployment lead time.';
    expect(saysKeyPoint('we found it would add three days to the average lead time', point)).toBe(true);
    expect(saysKeyPoint('there were three of us in the room', point)).toBe(false);
  });

  it('hears a point said in other forms of its words (stems), its name before a colon not needed', () => {
    expect(saysKeyPoint('what i learned is new managers need active coaching on letting go', 'Learning: actively coach new managers on letting go.')).toBe(true);
    expect(saysKeyPoint('so now every week each team votes on how confident they are in their dates', 'Since then a weekly confidence vote on every committed date.')).toBe(true);
  });

  it('a point’s words and figures said in one run of words, not scattered over the answer', () => {
    const point = 'Cut scope to the three flows the partner needed.';
    const scattered = `we cut scope early ${'and then a lot of other things happened after that '.repeat(4)}and there were three of us at the end`;
    expect(saysKeyPoint(scattered, point)).toBe(false);
    expect(saysKeyPoint('we cut scope to the three flows the partner needed', point)).toBe(true);
  });

  it('reports each key point in order', () => {
    expect(analyseTranscript('fifty percent', 10, [plan, 'Learning: coach new managers on letting go.']).keyPoints).toEqual([false, false]);
    expect(analyseTranscript('a 30-day plan, 50% mentoring; coach managers on letting go', 10, [plan, 'Learning: coach new managers on letting go.']).keyPoints).toEqual([true, true]);
  });
});
