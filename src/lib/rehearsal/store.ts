import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { parseAttempt, type AttemptRecord } from './attempt.ts';
import { DB_NAME } from '../kept/keys.ts';

export { DB_NAME };

/**
 * Rehearsals in IndexedDB, through `idb` (promises instead of request callbacks): attempt records
 * in one store, their audio in another keyed by the attempt's id, so listing or exporting never
 * loads audio, and mock interviews (session records, whose answers are attempts) in a third: their
 * shape and their reading and writing are the interview's (lib/interview/session*.ts), which uses
 * this store; nothing here depends on it.
 * Versioned from the start: each schema change is one more step in `upgrade`, run in order from
 * whatever version a browser already has, and none of them touches a record already stored.
 */
export const DB_VERSION = 2;

interface RehearsalDB extends DBSchema {
  attempts: { key: string; value: AttemptRecord; indexes: { question: string } };
  audio: { key: string; value: Blob };
  /** Mock interviews' records, by id (lib/interview/session.ts says what else they hold). */
  sessions: { key: string; value: { id: string } };
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

/**
 * How long a write may take before it counts as failed (and is called off, so it never lands
 * later): WebKit, refusing audio as in a private window, sometimes never answers at all, and a
 * save must say within seconds whether it is kept.
 */
export const WRITE_WITHIN_MS = 4000;

type StoreName = 'attempts' | 'audio' | 'sessions';
type WriteTransaction = IDBPTransaction<RehearsalDB, StoreName[], 'readwrite'>;

/**
 * Writes in one transaction, all or nothing: resolves once it is committed; rejects, and aborts it,
 * when a request fails or throws (a full disk can), or when it has not finished within
 * WRITE_WITHIN_MS (a TimeoutError). `requests` yields each request as it makes it, so that those
 * made before one that throws are still waited on.
 */
export function write(stores: StoreName[], requests: (tx: WriteTransaction) => Iterable<Promise<unknown>>): Promise<void> {
  let tx: WriteTransaction | undefined;
  return new Promise<void>((resolve, reject) => {
    const late = setTimeout(() => reject(new DOMException('Timed out', 'TimeoutError')), WRITE_WITHIN_MS);
    void openStore()
      .then((db) => {
        tx = db.transaction(stores, 'readwrite');
        const pending: Promise<unknown>[] = [];
        // Once one has failed the others fail too (aborted): only the first says why.
        const keep = (request: Promise<unknown>) => {
          request.catch(() => {});
          pending.push(request);
        };
        keep(tx.done);
        for (const request of requests(tx)) keep(request);
        return Promise.all(pending);
      })
      .then(() => resolve(), reject)
      .finally(() => clearTimeout(late));
  }).catch((error: unknown) => {
    try {
      tx?.abort();
    } catch {
      // Already finished, or aborted by the browser.
    }
    throw error;
  });
}

/** Saves a record with its audio in one transaction: both or neither. */
export const saveAttempt = (record: AttemptRecord, audio?: Blob): Promise<void> =>
  write(['attempts', 'audio'], function* (tx) {
    yield tx.objectStore('attempts').put(record);
    if (audio) yield tx.objectStore('audio').put(audio, record.id);
  });

/** Updates what the person noted (key points, transcript); the audio is left as it is. */
export const updateAttempt = (record: AttemptRecord): Promise<void> => write(['attempts'], (tx) => [tx.objectStore('attempts').put(record)]);

export async function getAudio(id: string): Promise<Blob | undefined> {
  return (await openStore()).get('audio', id);
}

export const deleteAttempt = (id: string): Promise<void> => write(['attempts', 'audio'], (tx) => [tx.objectStore('attempts').delete(id), tx.objectStore('audio').delete(id)]);

/** Every recording, attempt and mock interview kept on this device. */
export const deleteAll = (): Promise<void> =>
  write(['attempts', 'audio', 'sessions'], (tx) => [tx.objectStore('attempts').clear(), tx.objectStore('audio').clear(), tx.objectStore('sessions').clear()]);
