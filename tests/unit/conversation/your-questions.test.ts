import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { MAX_QUESTIONS, askQuestion, askedList, changeTime, keptYourQuestions, mergeYourQuestions, readYourQuestions, yourQuestionsToWrite } from '../../../src/lib/conversation/your-questions.ts';
import { YOUR_QUESTIONS_KEY } from '../../../src/lib/kept/keys.ts';
import { memoryStorage } from '../helpers/memory-storage.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 9, minute)).toISOString();
const none = { entries: [] };

describe('your questions for them', () => {
  it('adds and takes off a question, each change idempotent, the later one winning', () => {
    const one = askQuestion('What would success look like in a year?', true, at(1))(none);
    expect(askedList(one)).toEqual(['What would success look like in a year?']);
    expect(askQuestion('What would success look like in a year?', true, at(1))(one)).toEqual(one);
    const off = askQuestion('What would success look like in a year?', false, at(2))(one);
    expect(askedList(off)).toEqual([]);
    // An older add does not bring it back.
    expect(askedList(askQuestion('What would success look like in a year?', true, at(1))(off))).toEqual([]);
  });

  it('keeps at most eight', () => {
    let value = none as ReturnType<typeof readYourQuestions>;
    for (let i = 0; i < MAX_QUESTIONS + 2; i++) value = askQuestion(`Question ${i}?`, true, at(i))(value);
    expect(askedList(value)).toHaveLength(MAX_QUESTIONS);
  });

  it('merges two devices’ questions, per question the later change, whichever way round', () => {
    const ours = askQuestion('How is the team organised?', true, at(1))(askQuestion('What keeps you up at night?', true, at(1))(none));
    const theirs = askQuestion('How is the team organised?', false, at(3))(askQuestion('What is the budget cycle?', true, at(2))(none));
    expect(askedList(mergeYourQuestions(ours, theirs)).sort()).toEqual(['What is the budget cycle?', 'What keeps you up at night?']);
    expect(askedList(mergeYourQuestions(theirs, ours)).sort()).toEqual(['What is the budget cycle?', 'What keeps you up at night?']);
    expect(yourQuestionsToWrite({ version: 1, ...ours }, ours)).toEqual({});
    expect(JSON.parse(yourQuestionsToWrite(theirs, ours)[YOUR_QUESTIONS_KEY]!).version).toBe(1);
  });

  it('gives a change made in the same millisecond as the last one a later time, so ticks keep their order', () => {
    const now = new Date(at(5));
    const first = askQuestion('Why is the role open?', true, changeTime(none, now))(none);
    const second = askQuestion('Who would I work with most?', true, changeTime(first, now))(first);
    expect(changeTime(first, now)).toBe(new Date(Date.parse(at(5)) + 1).toISOString());
    expect(askedList(second)).toEqual(['Why is the role open?', 'Who would I work with most?']);
    // A later moment is taken as it is.
    expect(changeTime(second, new Date(at(6)))).toBe(at(6));
  });

  it('orders two devices’ changes of the same instant by their words: any merge comes out the same', () => {
    const ours = askQuestion('Why is the role open?', true, at(1))(none);
    const theirs = askQuestion('Any question at the same minute?', true, at(1))(none);
    expect(mergeYourQuestions(ours, theirs)).toEqual(mergeYourQuestions(theirs, ours));
    expect(askedList(mergeYourQuestions(ours, theirs))).toEqual(['Any question at the same minute?', 'Why is the role open?']);
  });

  it('merges to the same questions in the same order whichever way round, changes at the same minute included', () => {
    const change = fc.record({ text: fc.constantFrom('A?', 'B?', 'C?', 'D?'), minute: fc.integer({ min: 0, max: 3 }), on: fc.boolean() });
    const device = fc.array(change, { maxLength: 6 }).map((changes) => changes.reduce((value, { text, minute, on }) => askQuestion(text, on, at(minute))(value), none as ReturnType<typeof readYourQuestions>));
    fc.assert(
      fc.property(device, device, (ours, theirs) => {
        expect(mergeYourQuestions(ours, theirs)).toEqual(mergeYourQuestions(theirs, ours));
      }),
    );
  });

  it('reads what is stored entry by entry, leaving out what is not a question', () => {
    const read = readYourQuestions({ entries: [{ text: 'Why is the role open?', at: at(1) }, { text: '', at: at(1) }, { text: 'No date' }, 'nonsense', { text: 'Off?', at: at(2), off: true }] });
    expect(read.entries).toEqual([{ text: 'Why is the role open?', at: at(1) }, { text: 'Off?', at: at(2), off: true }]);
    expect(readYourQuestions('not even an object')).toEqual(none);
  });

  it('is kept on this device with its version, and a damaged value reads as none', () => {
    const storage = memoryStorage({});
    vi.stubGlobal('localStorage', storage);
    try {
      expect(keptYourQuestions.save(askQuestion('Why is the role open?', true, at(1))(none))).toBe(true);
      expect(JSON.parse(storage.getItem(YOUR_QUESTIONS_KEY)!).version).toBe(1);
      expect(askedList(keptYourQuestions.load())).toEqual(['Why is the role open?']);
      storage.setItem(YOUR_QUESTIONS_KEY, '{"entries":');
      expect(keptYourQuestions.load()).toEqual(none);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
