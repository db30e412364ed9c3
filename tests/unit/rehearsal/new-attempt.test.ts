import { describe, expect, it } from 'vitest';
import { parseAttempt } from '../../../src/lib/rehearsal/attempt.ts';
import { newAttempt, type RecordedParts } from '../../../src/lib/rehearsal/new-attempt.ts';
import { sampleAttempt } from '../helpers/samples.ts';

const question = { id: 'managing-managers', seconds: 120, keyPoints: ['Trust', 'Delegation', 'Feedback', 'Results'] };
const parts = (overrides: Partial<RecordedParts> = {}): RecordedParts => ({
  id: 'a1',
  question,
  at: '2026-11-26T10:00:00.000Z',
  seconds: 3.2,
  marks: [1, 2],
  type: 'audio/webm;codecs=opus',
  bytes: 4000,
  ...overrides,
});

describe('an attempt record made from what a recording gathered', () => {
  it('holds the question’s id, target and key points (none ticked), and reads back as it is', () => {
    const record = newAttempt(parts());
    expect(record).toEqual(sampleAttempt({ keyPoints: [false, false, false, false] }));
    expect(parseAttempt(record)).toEqual(record);
  });

  it('keeps the follow-up, the transcript with its pieces and the session when there are some', () => {
    const record = newAttempt(
      parts({ followUp: { question: 'Why?', at: 2.5 }, transcript: 'I did it.', pieces: [{ at: 0.4, text: 'I did it.' }], session: 's1' }),
    );
    expect(record).toEqual(
      sampleAttempt({ keyPoints: [false, false, false, false], followUp: { question: 'Why?', at: 2.5 }, transcript: 'I did it.', pieces: [{ at: 0.4, text: 'I did it.' }], session: 's1' }),
    );
    expect(parseAttempt(record)).toEqual(record);
  });

  it('leaves out an empty transcript, no pieces and no session (a record without them is read the same)', () => {
    const record = newAttempt(parts({ transcript: '', pieces: [], session: undefined, followUp: undefined }));
    expect(record).not.toHaveProperty('transcript');
    expect(record).not.toHaveProperty('pieces');
    expect(record).not.toHaveProperty('session');
    expect(record).not.toHaveProperty('followUp');
  });

  it('copies what goes on changing while recording (marks, pieces, the follow-up)', () => {
    const marks = [1];
    const pieces = [{ at: 0.4, text: 'I did it.' }];
    const followUp = { question: 'Why?' };
    const record = newAttempt(parts({ marks, pieces, followUp }));
    marks.push(2);
    pieces.push({ at: 2, text: 'More.' });
    followUp.question = 'How?';
    expect(record).toMatchObject({ marks: [1], pieces: [{ at: 0.4, text: 'I did it.' }], followUp: { question: 'Why?' } });
  });

  it('says nothing was recorded (no type) while it has no audio, as a run without recording does', () => {
    expect(newAttempt(parts({ bytes: 0 }))).toMatchObject({ type: '', bytes: 0 });
    expect(newAttempt(parts({ type: '', bytes: 0 }))).toMatchObject({ type: '', bytes: 0 });
    expect(newAttempt(parts({ bytes: 1 }))).toMatchObject({ type: 'audio/webm;codecs=opus', bytes: 1 });
  });
});
