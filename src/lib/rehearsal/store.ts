import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { parseAttempt, type AttemptRecord } from './attempt.ts';

/**
 * Rehearsals in IndexedDB, through `idb` (promises instead of request callbacks): attempt records
 * in one store, their audio in another keyed by the attempt's id, so listing or exporting never
 * loads audio. Versioned from the start: each schema change is one more step in `upgrade`, run in
 * order from whatever version a browser already has.
 */
export const DB_NAME = 'study-rehearsals';
export const DB_VERSION = 1;

interface RehearsalDB extends DBSchema {
  attempts: { key: string; value: AttemptRecord; indexes: { question: string } };
  audio: { key: string; value: Blob };
}

type Database = IDBPDatabase<RehearsalDB>;

/** Brings a database from `oldVersion` (0: none yet) to DB_VERSION, one step at a time. */
export function upgrade(db: Database, oldVersion: number): void {
  if (oldVersion < 1) {
    db.createObjectStore('attempts', { keyPath: 'id' }).createIndex('question', 'question');
    db.createObjectStore('audio');
  }
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

function listing(values: unknown[]): Listing {
  const attempts = values.map(parseAttempt).filter((record) => record !== undefined);
  attempts.sort((a, b) => b.at.localeCompare(a.at));
  return { attempts, skipped: values.length - attempts.length };
}

/** One question's attempts, or every attempt. */
export async function listAttempts(question?: string): Promise<Listing> {
  const db = await openStore();
  const values: unknown[] = question ? await db.getAllFromIndex('attempts', 'question', question) : await db.getAll('attempts');
  return listing(values);
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

export async function deleteAll(): Promise<void> {
  const db = await openStore();
  const tx = db.transaction(['attempts', 'audio'], 'readwrite');
  await Promise.all([tx.objectStore('attempts').clear(), tx.objectStore('audio').clear(), tx.done]);
}

/** Adds imported records (audio never travels); an id already here is kept as it is. Returns how many were new. */
export async function importAttempts(values: readonly unknown[]): Promise<number> {
  const records = values.map(parseAttempt).filter((record) => record !== undefined);
  const db = await openStore();
  const tx = db.transaction('attempts', 'readwrite');
  let added = 0;
  for (const record of records) {
    if (await tx.store.getKey(record.id)) continue;
    await tx.store.add({ ...record, bytes: 0 });
    added++;
  }
  await tx.done;
  return added;
}
