/**
 * Mock interviews kept on this device: session records, in the one rehearsal store (lib/rehearsal/store.ts)
 * beside the attempts that hold their answers. Apart from their reading (session-list.ts), which the
 * room, saving them, does not load; and apart from store.ts, so the Rehearse panel never loads this.
 */
import type { AttemptRecord } from '../rehearsal/attempt.ts';
import { write } from '../rehearsal/store.ts';
import type { SessionRecord } from './session.ts';

export const saveSession = (record: SessionRecord): Promise<void> => write(['sessions'], (tx) => [tx.objectStore('sessions').put(record)]);

/** A mock interview with its attempts (retried ones too) and their audio, in one transaction. */
export const deleteSession = (record: SessionRecord): Promise<void> =>
  write(['sessions', 'attempts', 'audio'], function* (tx) {
    const attempts = tx.objectStore('attempts');
    const audio = tx.objectStore('audio');
    const ids = new Set(record.answers.map(({ attempt }) => attempt));
    yield tx.objectStore('sessions').delete(record.id);
    yield attempts.getAll().then((values) => {
      for (const value of values) if ((value as Partial<AttemptRecord>).session === record.id) ids.add(value.id);
      return Promise.all([...ids].flatMap((id) => [attempts.delete(id), audio.delete(id)]));
    });
  });
