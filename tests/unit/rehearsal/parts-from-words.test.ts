import { describe, expect, it } from 'vitest';
import { MIN_WORDS, attemptWords, partStarts, partTexts, partsFromWords, sentences, stems, wordAdvice, type PartTexts, type Piece } from '../../../src/lib/rehearsal/parts-from-words.ts';

// A story's four parts, and an answer told aloud in words of its own (not the lines' sentences).
const PARTS: PartTexts = [
  'A new engineering manager on my team was struggling after being promoted from senior engineer; her team missed two sprint commitments and morale dropped.',
  'I needed to help her grow into the role without taking over, and get the team delivering again within a quarter.',
  'I set up weekly one-to-ones, coached her on delegation and running planning, and paired her with an experienced manager as a mentor.',
  'Within three months the team hit every sprint commitment, engagement rose from 60 to 82 percent, and she was later promoted.',
];
const TOLD: Piece[] = [
  { at: 0, text: 'So last year someone who reported to me had just been promoted into management and honestly she was struggling badly.' },
  { at: 8, text: 'Her people kept missing their sprints and the morale in that group was really low.' },
  { at: 15, text: 'My goal was to help her grow in the role rather than step in and do it myself.' },
  { at: 22, text: 'Every week we had one-to-ones where I coached her on delegation and on planning.' },
  { at: 30, text: 'I also found her a mentor, an experienced leader from another group.' },
  { at: 38, text: 'After three months her group was hitting every commitment and engagement went up to 82 percent.' },
];

describe('STAR parts found from the words', () => {
  it('stems and leaves out common words', () => {
    expect(stems('The managers were struggling, and she coached them')).toEqual(['manag', 'struggl', 'coach']);
  });

  it('finds the four parts of an answer told in other words, with their times and shares', () => {
    const split = partsFromWords(TOLD, PARTS, 50);
    expect(split.verdict).toBe('parts');
    if (split.verdict !== 'parts') return;
    expect(split.timed).toBe(true);
    expect(split.parts.map((part) => part.start)).toEqual([0, 15, 22, 38]);
    expect(split.parts.map((part) => part.seconds)).toEqual([15, 7, 16, 12]);
    expect(split.parts.map((part) => Math.round(part.share * 100))).toEqual([30, 14, 32, 24]);
    expect(split.parts.every((part) => part.heard)).toBe(true);
  });

  it('never goes back: situation words after the action has begun stay in the action', () => {
    const late = [...TOLD.slice(0, 5), { at: 34, text: 'Remember she was struggling, and the morale had dropped badly.' }, TOLD[5]!];
    const split = partsFromWords(late, PARTS, 50);
    if (split.verdict !== 'parts') throw new Error(split.verdict);
    expect(split.parts.map((part) => part.start)).toEqual([0, 15, 22, 38]);
  });

  it('a piece that matches nothing stays in the part before it (a tie goes to the earlier part)', () => {
    const aside = [...TOLD.slice(0, 3), { at: 19, text: 'That took a while to land, as you can imagine.' }, ...TOLD.slice(3)];
    const split = partsFromWords(aside, PARTS, 50);
    if (split.verdict !== 'parts') throw new Error(split.verdict);
    expect(split.parts[1]).toMatchObject({ start: 15, seconds: 7 });
    expect(split.unmatched).toBe(1);
  });

  it('a part with no words is not heard: an answer that never says how it ended', () => {
    const split = partsFromWords(TOLD.slice(0, 5), PARTS, 38);
    if (split.verdict !== 'parts') throw new Error(split.verdict);
    expect(split.parts.map((part) => part.heard)).toEqual([true, true, true, false]);
    expect(split.parts[3]).toMatchObject({ share: 0, words: 0 });
    expect(split.parts[2]!.seconds).toBe(16);
  });

  it('says so, rather than guessing, for an empty or tiny transcript, or one whose words match no part', () => {
    expect(partsFromWords([], PARTS)).toEqual({ verdict: 'too-short', words: 0 });
    expect(partsFromWords(TOLD.slice(0, 2), PARTS, 15)).toMatchObject({ verdict: 'too-short' });
    const elsewhere = sentences(
      'We shipped a billing flow last spring. Customers liked the cleaner checkout. Payments failed less often at night. Finance asked for reports on revenue. The vendor contract renewed in June quietly. Nobody on call was paged for it all summer long.',
    );
    expect(elsewhere.reduce((sum, piece) => sum + piece.text.split(' ').length, 0)).toBeGreaterThanOrEqual(MIN_WORDS);
    expect(partsFromWords(elsewhere, PARTS)).toEqual({ verdict: 'no-match', pieces: elsewhere.length });
  });

  it('a typed transcript (no times): each part’s share of the words', () => {
    const typed = sentences(TOLD.map((piece) => piece.text).join(' '));
    const split = partsFromWords(typed, PARTS);
    if (split.verdict !== 'parts') throw new Error(split.verdict);
    expect(split.timed).toBe(false);
    expect(split.parts.every((part) => part.start === undefined && part.seconds === undefined)).toBe(true);
    expect(split.parts.reduce((sum, part) => sum + part.share, 0)).toBeCloseTo(1);
    expect(split.parts[0]!.words).toBe(35);
  });

  it('an attempt: its live pieces timed to the answer’s end (the follow-up left out), or else its typed sentences', () => {
    const live = attemptWords({ seconds: 70, pieces: TOLD as Required<Piece>[], followUp: { at: 50 } }, PARTS);
    if (live.verdict !== 'parts') throw new Error(live.verdict);
    expect(live.parts.map((part) => part.seconds)).toEqual([15, 7, 16, 12]);
    const typed = attemptWords({ seconds: 70, transcript: TOLD.map((piece) => piece.text).join(' ') }, PARTS);
    expect(typed).toMatchObject({ verdict: 'parts', timed: false });
  });

  it('presses win where the person made them; the words give the rest, each after the one before', () => {
    const split = partsFromWords(TOLD, PARTS, 50);
    expect(partStarts([], split)).toEqual([15, 22, 38]);
    expect(partStarts([10], split)).toEqual([10, 22, 38]);
    expect(partStarts([10, 30, 45], split)).toEqual([10, 30, 45]);
    expect(partStarts([25], split)).toEqual([25, undefined, 38]);
    expect(partStarts([], partsFromWords([], PARTS))).toEqual([undefined, undefined, undefined]);
  });
});

describe('parts found in speech as recognisers give it', () => {
  // Lower case, no punctuation, numbers as words, fillers; actions that share the task's words.
  const LOOSE: Piece[] = [
    { at: 0, text: 'so um last year a new manager on my team was struggling' },
    { at: 5, text: 'her team kept missing their sprints you know' },
    { at: 9, text: 'and morale had dropped a lot' },
    { at: 12, text: 'my goal was to get her delivering again' },
    { at: 16, text: 'so i helped her grow into the role by coaching her every week' },
    { at: 22, text: 'then i paired her with a mentor from another team' },
    { at: 27, text: 'and we set up one on ones where she ran the planning herself' },
    { at: 33, text: 'and in the end within three months they hit every sprint' },
    { at: 38, text: 'what i learned is that new managers need help letting go' },
  ];

  it('places each piece by the story’s words and by what its words say of its part: the cues, the order, each part’s usual length', () => {
    const split = partsFromWords(LOOSE, PARTS, 44);
    if (split.verdict !== 'parts') throw new Error(split.verdict);
    expect(split.assigned).toEqual([0, 0, 0, 1, 2, 2, 2, 3, 3]);
    expect(split.said).toEqual(LOOSE);
    expect(split.parts.map((part) => part.start)).toEqual([0, 12, 16, 33]);
  });

  it('leaves empty pieces out of what it considers', () => {
    const split = partsFromWords([...LOOSE.slice(0, 3), { at: 11, text: ' ' }, ...LOOSE.slice(3)], PARTS, 44);
    if (split.verdict !== 'parts') throw new Error(split.verdict);
    expect(split.said).toHaveLength(LOOSE.length);
    expect(split.assigned).toHaveLength(LOOSE.length);
  });
});

describe('what is said of the parts found', () => {
  const LABELS = ['Situation', 'Task', 'Action', 'Result'];
  it('a part not heard, a short action and a long situation, in that order, each one line worded from the figures', () => {
    const long: Piece[] = [
      { at: 0, text: 'So last year someone who reported to me had just been promoted into management and honestly she was struggling badly.' },
      { at: 10, text: 'Her people kept missing their sprints and the morale in that group was really low, and the senior engineers were unhappy.' },
      { at: 22, text: 'My goal was to help her grow in the role rather than step in and do it myself.' },
      { at: 28, text: 'Every week we had one-to-ones where I coached her on delegation.' },
    ];
    const split = partsFromWords(long, PARTS, 36);
    expect(wordAdvice(split, LABELS)).toEqual([
      'No result heard: say how it ended, with a figure.',
      'Your action took only 22% of the answer: say more of what you did yourself.',
      'Your situation took 61% of the answer: keep it under a third and get to what you did.',
    ]);
    expect(wordAdvice(partsFromWords(TOLD, PARTS, 50), LABELS)).toEqual(['Your action took only 32% of the answer: say more of what you did yourself.']);
    expect(wordAdvice(partsFromWords([], PARTS), LABELS)[0]).toMatch(/^Too few words to find the parts from \(0, under about 40\)/);
  });

  it('a key point joins the part it shares most words with', () => {
    const texts = partTexts(PARTS, ['Weekly one-to-ones and a mentor', 'Engagement from 60 to 82 percent', 'Nothing in common here']);
    expect(texts[2]).toMatch(/Weekly one-to-ones and a mentor$/);
    expect(texts[3]).toMatch(/Engagement from 60 to 82 percent$/);
    expect(texts.join(' ')).not.toContain('Nothing in common');
  });
});
