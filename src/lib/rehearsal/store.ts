import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { SessionRecord } from '../interview/session.ts';
import { parseAttempt, type AttemptRecord } from './attempt.ts';

/**
 * Rehearsals in IndexedDB, through `idb` (promises instead of request callbacks): attempt records
 * in one store, their audio in another keyed by the attempt's id, so listing or exporting never
 * loads audio, and mock interviews (session records, whose answers are attempts) in a third.
 * Versioned from the start: each schema change is one more step in `upgrade`, run in order from
 * whatever version a browser already has, and none of them touches a record already stored.
 */
export const DB_NAME = 'study-rehearsals';
export const DB_VERSION = 2;

interface RehearsalDB extends DBSchema {
  attempts: { key: string; value: AttemptRecord; indexes: { question: string } };
  audio: { key: string; value: Blob };
  sessions: { key: string; value: SessionRecord };
}

type Database = IDBPDatabase<RehearsalDB>;

/** Brings a database from `oldVersion` (0: none yet) to DB_VERSION, one step at a time. */
export function upgrade(db: Database, oldVersion: number): void {
  if (oldVersion < 1) {
    db.createObjectStore('attempts', { keyPath: 'id' }).createIndex('question', 'question');
    db.createObjectStore('audio');
  }
  // Version 2: mock interviews. The attempts and their audio stay as they are.
  if (oldVersion < 2) db.createObjectStore('sessions', { keyPath: 'id' });
}

let opening: Promise<Database> | undefined;

/** The database, opened once per page. Rejects where IndexedDB is missing, blocked or newer. */
export function openStore(): Promise<Database> {
  opening ??= openDB<RehearsalDB>(DB_NAME, DB_VERSION, {
    upgrade: (db, oldVersion) => upgrade(db, oldVersion),
    // A newer version of the site opened in another tab: step aside so it can upgrade.
    blocking: () => {
      void opening?.then((db) => db.close());
      opening = undefined;
    },
  }).catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

export interface Listing {
  /** Valid records, newest first. */
  attempts: AttemptRecord[];
  /** Records that were corrupt or from another program, left where they are. */
  skipped: number;
}

/** The records that read back, newest first, and how many did not. */
export function valid<T extends { at: string }>(values: unknown[], parse: (value: unknown) => T | undefined): { records: T[]; skipped: number } {
  const records = values.map(parse).filter((record) => record !== undefined);
  records.sort((a, b) => b.at.localeCompare(a.at));
  return { records, skipped: values.length - records.length };
}

function listing(values: unknown[]): Listing {
  const { records, skipped } = valid(values, parseAttempt);
  return { attempts: records, skipped };
}

/** One question's attempts, or every attempt. */
export async function listAttempts(question?: string): Promise<Listing> {
  const db = await openStore();
  const values: unknown[] = question ? await db.getAllFromIndex('attempts', 'question', question) : await db.getAll('attempts');
  return listing(values);
}

/** The attempts with these ids that exist and read back, in no particular order. */
export async function getAttempts(ids: readonly string[]): Promise<AttemptRecord[]> {
  const db = await openStore();
  const tx = db.transaction('attempts');
  const values = await Promise.all([...ids.map((id) => tx.store.get(id)), tx.done]);
  return values.map(parseAttempt).filter((record) => record !== undefined);
}

/** Saves a record with its audio in one transaction: both or neither. */
export async function saveAttempt(record: AttemptRecord, audio?: Blob): Promise<void> {
  const db = await openStore();
  const tx = db.transaction(['attempts', 'audio'], 'readwrite');
  const pending: Promise<unknown>[] = [tx.done];
  try {
    pending.push(tx.objectStore('attempts').put(record));
    if (audio) pending.push(tx.objectStore('audio').put(audio, record.id));
    await Promise.all(pending);
  } catch (error) {
    // A put that throws (a full disk can) leaves the transaction open: abort it, so the record
    // is not committed without its audio. Its other requests then fail too, as expected.
    for (const request of pending) request.catch(() => {});
    try {
      tx.abort();
    } catch {
      // Already aborted by the browser.
    }
    throw error;
  }
}

/** Updates what the person noted (key points, transcript); the audio is left as it is. */
export async function updateAttempt(record: AttemptRecord): Promise<void> {
  await (await openStore()).put('attempts', record);
}

export async function getAudio(id: string): Promise<Blob | undefined> {
  return (await openStore()).get('audio', id);
}

export async function deleteAttempt(id: string): Promise<void> {
  const db = await openStore();
  const tx = db.transaction(['attempts', 'audio'], 'readwrite');
  await Promise.all([tx.objectStore('attempts').delete(id), tx.objectStore('audio').delete(id), tx.done]);
}

/** Every recording, attempt and mock interview kept on this device. */
export async function deleteAll(): Promise<void> {
  const db = await openStore();
  const tx = db.transaction(['attempts', 'audio', 'sessions'], 'readwrite');
  await Promise.all([tx.objectStore('attempts').clear(), tx.objectStore('audio').clear(), tx.objectStore('sessions').clear(), tx.done]);
}
