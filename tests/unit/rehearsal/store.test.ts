import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleAttempt } from '../helpers/samples.ts';

// Each test gets a fresh IndexedDB and a fresh copy of the store module (it keeps its connection).
beforeEach(async () => {
  vi.resetModules();
  const { IDBFactory } = await import('fake-indexeddb');
  globalThis.indexedDB = new IDBFactory();
});
const loadStore = () => import('../../../src/lib/rehearsal/store.ts');

describe('the rehearsal store', () => {
  it('creates its stores on a browser that has none (version 0 to 2)', async () => {
    const store = await loadStore();
    const db = await store.openStore();
    expect(db.version).toBe(2);
    expect(store.DB_VERSION).toBe(2);
    expect([...db.objectStoreNames].sort()).toEqual(['attempts', 'audio', 'sessions']);
    expect([...db.transaction('attempts').store.indexNames]).toEqual(['question']);
  });

  it('upgrades a version 1 database (before mock interviews) to 2, keeping every attempt and its audio', async () => {
    // Version 1 as the site wrote it: attempts and their audio, no sessions.
    const old = await openDB('study-rehearsals', 1, {
      upgrade(db) {
        db.createObjectStore('attempts', { keyPath: 'id' }).createIndex('question', 'question');
        db.createObjectStore('audio');
      },
    });
    await old.put('attempts', sampleAttempt());
    await old.put('attempts', sampleAttempt({ id: 'a2', question: 'upward-influence' }));
    await old.put('audio', new Blob(['sound']), 'a1');
    old.close();
    const store = await loadStore();
    expect((await store.listAttempts()).attempts.map((a) => a.id).sort()).toEqual(['a1', 'a2']);
    expect(await (await store.getAudio('a1'))?.text()).toBe('sound');
    const db = await store.openStore();
    expect(db.version).toBe(2);
    expect([...db.objectStoreNames].sort()).toEqual(['attempts', 'audio', 'sessions']);
    expect([...db.transaction('attempts').store.indexNames]).toEqual(['question']);
  });

  it('opens a database already at its version without touching the records in it', async () => {
    const store = await loadStore();
    await store.saveAttempt(sampleAttempt(), new Blob(['sound']));
    vi.resetModules();
    const again = await loadStore();
    expect((await again.listAttempts('managing-managers')).attempts).toEqual([sampleAttempt()]);
  });

  it('runs every upgrade step from the version a browser has', async () => {
    const { upgrade } = await loadStore();
    const db = await openDB('migration', 1, { upgrade: (db, oldVersion) => upgrade(db as never, oldVersion) });
    expect([...db.objectStoreNames].sort()).toEqual(['attempts', 'audio', 'sessions']);
    db.close();
  });

  it('refuses a database from a newer version of the site with VersionError', async () => {
    const newer = await openDB('study-rehearsals', 99);
    newer.close();
    const store = await loadStore();
    await expect(store.listAttempts()).rejects.toMatchObject({ name: 'VersionError' });
  });

  it('saves a record with its audio, lists newest first, per question', async () => {
    const store = await loadStore();
    await store.saveAttempt(sampleAttempt({ id: 'old', at: '2026-11-01T00:00:00.000Z' }), new Blob(['a']));
    await store.saveAttempt(sampleAttempt({ id: 'new', at: '2026-11-20T00:00:00.000Z' }), new Blob(['bb']));
    await store.saveAttempt(sampleAttempt({ id: 'other', question: 'upward-influence' }), new Blob(['c']));
    expect((await store.listAttempts('managing-managers')).attempts.map((a) => a.id)).toEqual(['new', 'old']);
    expect((await store.listAttempts()).attempts).toHaveLength(3);
    expect(await (await store.getAudio('new'))?.text()).toBe('bb');
  });

  it('skips a corrupt or foreign record and counts it, keeping the rest', async () => {
    const store = await loadStore();
    await store.saveAttempt(sampleAttempt(), new Blob(['a']));
    const db = await store.openStore();
    await db.put('attempts', { id: 'junk', question: 'managing-managers', version: 7 } as never);
    await db.put('attempts', { id: 'half', question: 'managing-managers', version: 1, at: 'never' } as never);
    expect(await store.listAttempts('managing-managers')).toEqual({ attempts: [sampleAttempt()], skipped: 2 });
  });

  it('saves both the record and the audio, or neither', async () => {
    const store = await loadStore();
    const db = await store.openStore();
    const proto = Object.getPrototypeOf(db.transaction('audio', 'readwrite').store) as IDBObjectStore;
    const original = proto.put;
    // The record's put succeeds; the audio's throws, as a full disk can.
    const put = vi.spyOn(proto, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'audio') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    });
    await expect(store.saveAttempt(sampleAttempt(), new Blob(['a']))).rejects.toMatchObject({ name: 'QuotaExceededError' });
    put.mockRestore();
    expect((await store.listAttempts()).attempts).toEqual([]);
  });

  it('updates notes without touching the audio, deletes one, deletes all', async () => {
    const store = await loadStore();
    await store.saveAttempt(sampleAttempt(), new Blob(['a']));
    await store.saveAttempt(sampleAttempt({ id: 'a2' }), new Blob(['b']));
    await store.updateAttempt(sampleAttempt({ transcript: 'I said it.' }));
    expect((await store.listAttempts()).attempts.find((a) => a.id === 'a1')?.transcript).toBe('I said it.');
    expect(await (await store.getAudio('a1'))?.text()).toBe('a');
    await store.deleteAttempt('a1');
    expect(await store.getAudio('a1')).toBeUndefined();
    expect((await store.listAttempts()).attempts.map((a) => a.id)).toEqual(['a2']);
    await store.deleteAll();
    expect((await store.listAttempts()).attempts).toEqual([]);
    expect(await store.getAudio('a2')).toBeUndefined();
  });
});
