import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RehearsalQuestion } from '../../../src/lib/rehearsal/question-data.ts';
import type { LiveTranscript } from '../../../src/scripts/rehearsal/recognition.ts';
import type { Recording } from '../../../src/scripts/rehearsal/recorder.ts';

// Each test gets a fresh IndexedDB and fresh modules (the store keeps its connection).
beforeEach(async () => {
  vi.resetModules();
  const { IDBFactory } = await import('fake-indexeddb');
  globalThis.indexedDB = new IDBFactory();
});
const load = async () => ({ ...(await import('../../../src/scripts/rehearsal/live-attempt.ts')), ...(await import('../../../src/lib/rehearsal/store.ts')) });

const question = (keyPoints: string[] = []): RehearsalQuestion => ({
  id: 'managing-managers',
  kind: 'story',
  seconds: 120,
  parts: [30, 30, 30, 30],
  labels: ['Situation', 'Task', 'Action', 'Result'],
  keyPoints,
  followUps: [],
});

/** A recording that has recorded `bytes` so far, of this type. */
function recording(bytes = 10, type = 'audio/webm;codecs=opus'): Recording & { stopped: boolean } {
  const audio = () => new Blob(['x'.repeat(bytes)], { type });
  const fake = {
    type,
    stopped: false,
    level: () => 0,
    partial: audio,
    pause() {},
    resume() {},
    onLost() {},
    stop: async () => {
      fake.stopped = true;
      return audio();
    },
  };
  return fake;
}

const transcript = (text: string): LiveTranscript => ({ text: () => text, pieces: () => (text ? [{ at: 0.5, text }] : []), pause() {}, resume() {}, stop() {} });

describe('an attempt being recorded (the recording core of the Rehearse panel and the room)', () => {
  it('makes its record from what it holds now: the clock’s seconds, the marks, the follow-up, the words, the audio so far', async () => {
    const { LiveAttempt } = await load();
    let now = 0;
    const live = new LiveAttempt(question(['Trust', 'Results']), 's1');
    expect(live.seconds()).toBe(0);
    live.start(recording(), () => now);
    now = 2;
    expect(live.mark()).toBe(true);
    live.followUp = { question: 'Why?', at: 3 };
    live.transcript = transcript('I did it.');
    now = 4.5;
    expect(live.record(new Blob(['abcd']))).toEqual({
      version: 2,
      id: live.id,
      question: 'managing-managers',
      at: live.at,
      seconds: 4.5,
      target: 120,
      marks: [2],
      followUp: { question: 'Why?', at: 3 },
      keyPoints: [false, false],
      transcript: 'I did it.',
      pieces: [{ at: 0.5, text: 'I did it.' }],
      type: 'audio/webm;codecs=opus',
      bytes: 4,
      session: 's1',
    });
  });

  it('marks three parts at most (four in all)', async () => {
    const { LiveAttempt } = await load();
    let now = 0;
    const live = new LiveAttempt(question());
    live.start(recording(), () => now++);
    expect([live.mark(), live.mark(), live.mark(), live.mark()]).toEqual([true, true, true, false]);
    expect(live.marks).toHaveLength(3);
  });

  it('is due a save every AUTOSAVE_SECONDS of recording, counted from the last', async () => {
    const { AUTOSAVE_SECONDS, LiveAttempt } = await load();
    let now = 0;
    const live = new LiveAttempt(question());
    live.start(recording(), () => now);
    const due: number[] = [];
    for (now = 0; now <= 3 * AUTOSAVE_SECONDS; now += 0.5) if (live.due()) due.push(now);
    expect(due).toEqual([AUTOSAVE_SECONDS, 2 * AUTOSAVE_SECONDS, 3 * AUTOSAVE_SECONDS]);
  });

  it('stops its clock, its transcript and its recording at once, and gives the whole audio', async () => {
    const { LiveAttempt } = await load();
    let now = 7;
    const live = new LiveAttempt(question());
    const made = recording(6);
    live.start(made, () => now);
    const audio = await live.stop();
    now = 60;
    expect(made.stopped).toBe(true);
    expect(audio?.size).toBe(6);
    expect(live.record(audio)).toMatchObject({ seconds: 7, bytes: 6, type: 'audio/webm;codecs=opus' });
  });

  it('saves what has arrived so far with its record; without audio (a run not recorded) the record says so', async () => {
    const { LiveAttempt, getAudio, listAttempts } = await load();
    const live = new LiveAttempt(question(), 's1');
    live.start(recording(3), () => 5);
    await live.save();
    const silent = new LiveAttempt(question(), 's1');
    silent.start(undefined, () => 2);
    await silent.save();
    const { attempts } = await listAttempts();
    expect(attempts.find((a) => a.id === live.id)).toMatchObject({ seconds: 5, bytes: 3, type: 'audio/webm;codecs=opus', session: 's1' });
    expect(await (await getAudio(live.id))?.text()).toBe('xxx');
    expect(attempts.find((a) => a.id === silent.id)).toMatchObject({ seconds: 2, bytes: 0, type: '' });
    expect(await getAudio(silent.id)).toBeUndefined();
  });
});
