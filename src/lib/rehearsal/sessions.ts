/**
 * Mock interviews in the rehearsal store (store.ts): session records, whose answers are attempts.
 * Apart from store.ts so the Rehearse panel, which never reads them, does not load this code.
 */
import { parseSession, type SessionRecord } from '../interview/session.ts';
import { parseAttempt, type AttemptRecord } from './attempt.ts';
import { openStore, valid, write } from './store.ts';

export interface Sessions {
  /** Valid records, newest first. */
  sessions: SessionRecord[];
  skipped: number;
}

export async function listSessions(): Promise<Sessions> {
  const { records, skipped } = valid(await (await openStore()).getAll('sessions'), parseSession);
  return { sessions: records, skipped };
}

export async function getSession(id: string): Promise<SessionRecord | undefined> {
  return parseSession(await (await openStore()).get('sessions', id));
}

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

/**
 * Adds imported attempt and session records (audio never travels), all in one transaction; an id
 * already here is kept as it is. Returns how many of each were new.
 */
export async function importRecords(attemptValues: readonly unknown[], sessionValues: readonly unknown[] = []): Promise<{ attempts: number; sessions: number }> {
  const attempts = attemptValues.map(parseAttempt).filter((record) => record !== undefined);
  const sessions = sessionValues.map(parseSession).filter((record) => record !== undefined);
  const added = { attempts: 0, sessions: 0 };
  await write(['attempts', 'sessions'], (tx) => [
    (async () => {
      for (const record of attempts) {
        if (await tx.objectStore('attempts').getKey(record.id)) continue;
        await tx.objectStore('attempts').add({ ...record, bytes: 0 });
        added.attempts++;
      }
      for (const record of sessions) {
        if (await tx.objectStore('sessions').getKey(record.id)) continue;
        await tx.objectStore('sessions').add(record);
        added.sessions++;
      }
    })(),
  ]);
  return added;
}
