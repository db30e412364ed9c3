import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleAttempt, sampleSession } from '../helpers/samples.ts';

// Each test gets a fresh IndexedDB and fresh copies of the store modules (they keep their connection).
beforeEach(async () => {
  vi.resetModules();
  const { IDBFactory } = await import('fake-indexeddb');
  globalThis.indexedDB = new IDBFactory();
});
const load = async () => ({
  ...(await import('../../../src/lib/rehearsal/store.ts')),
  ...(await import('../../../src/lib/interview/session-store.ts')),
  ...(await import('../../../src/lib/interview/session-list.ts')),
});

describe('mock interviews in the rehearsal store', () => {
  it('saves, lists newest first and reads back a session', async () => {
    const store = await load();
    await store.saveSession(sampleSession({ id: 's-old', at: '2026-11-01T09:00:00.000Z' }));
    await store.saveSession(sampleSession({ id: 's-new', at: '2026-11-20T09:00:00.000Z' }));
    expect((await store.listSessions()).sessions.map((s) => s.id)).toEqual(['s-new', 's-old']);
    expect(await store.getSession('s-old')).toEqual(sampleSession({ id: 's-old', at: '2026-11-01T09:00:00.000Z' }));
    expect(await store.getSession('nothing')).toBeUndefined();
  });

  it('skips a corrupt session and counts it, keeping the rest', async () => {
    const store = await load();
    await store.saveSession(sampleSession());
    const db = await store.openStore();
    await db.put('sessions', { id: 'junk', version: 1, at: 'soon' } as never);
    expect(await store.listSessions()).toEqual({ sessions: [sampleSession()], skipped: 1 });
  });

  it('deletes a session with its attempts, retried ones too, and their audio; other attempts stay', async () => {
    const store = await load();
    await store.saveAttempt(sampleAttempt({ id: 'a1', session: 's1' }), new Blob(['one']));
    await store.saveAttempt(sampleAttempt({ id: 'retried', session: 's1' }), new Blob(['two']));
    await store.saveAttempt(sampleAttempt({ id: 'practice' }), new Blob(['three']));
    const session = sampleSession();
    await store.saveSession(session);
    await store.deleteSession(session);
    expect((await store.listSessions()).sessions).toEqual([]);
    expect((await store.listAttempts()).attempts.map((a) => a.id)).toEqual(['practice']);
    expect(await store.getAudio('a1')).toBeUndefined();
    expect(await store.getAudio('retried')).toBeUndefined();
    expect(await (await store.getAudio('practice'))?.text()).toBe('three');
  });

  it('reads the attempts of a session by id, skipping what is missing', async () => {
    const store = await load();
    await store.saveAttempt(sampleAttempt({ id: 'a1', session: 's1' }), new Blob(['one']));
    expect((await store.getAttempts(['a1', 'gone'])).map((a) => a.id)).toEqual(['a1']);
  });

  it('deleting everything takes the sessions too', async () => {
    const store = await load();
    await store.saveSession(sampleSession());
    await store.saveAttempt(sampleAttempt({ session: 's1' }), new Blob(['a']));
    await store.deleteAll();
    expect((await store.listSessions()).sessions).toEqual([]);
    expect((await store.listAttempts()).attempts).toEqual([]);
  });
});
