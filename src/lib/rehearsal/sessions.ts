/**
 * Mock interviews in the rehearsal store (store.ts): session records, whose answers are attempts.
 * Apart from store.ts so the Rehearse panel, which never reads them, does not load this code.
 */
import type { SessionRecord } from '../interview/session.ts';
import type { AttemptRecord } from './attempt.ts';
import { write } from './store.ts';

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
