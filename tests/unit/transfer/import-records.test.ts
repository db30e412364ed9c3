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
  ...(await import('../../../src/lib/transfer/import-records.ts')),
});

describe('records taken from a progress file or link', () => {
  it('imports records by id: new ones are added without audio, known ones kept, junk skipped', async () => {
    const store = await load();
    await store.saveAttempt(sampleAttempt({ transcript: 'mine' }), new Blob(['a']));
    const added = await store.importRecords([sampleAttempt({ transcript: 'theirs' }), sampleAttempt({ id: 'b' }), { id: 'junk' }]);
    expect(added).toEqual({ attempts: 1, sessions: 0 });
    const { attempts } = await store.listAttempts();
    expect(attempts.find((a) => a.id === 'a1')?.transcript).toBe('mine');
    expect(attempts.find((a) => a.id === 'b')?.bytes).toBe(0);
  });

  it('imports attempts and sessions by id in one transaction: new ones added, known ones kept, junk skipped', async () => {
    const store = await load();
    await store.saveSession(sampleSession({ seconds: 60 }));
    const added = await store.importRecords(
      [sampleAttempt({ id: 'x', session: 's2' })],
      [sampleSession({ seconds: 999 }), sampleSession({ id: 's2' }), { id: 'junk' }],
    );
    expect(added).toEqual({ attempts: 1, sessions: 1 });
    expect((await store.getSession('s1'))?.seconds).toBe(60);
    expect(await store.getSession('s2')).toEqual(sampleSession({ id: 's2' }));
    expect((await store.listAttempts()).attempts.find((a) => a.id === 'x')?.bytes).toBe(0);
  });
});
