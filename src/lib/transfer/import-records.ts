// Attempts and mock interviews taken from a progress file or link (take-progress.ts), into the
// rehearsal store: apart from session-store.ts, so the mock interview's room, which saves sessions,
// does not load this too.
import { parseSession } from '../interview/session-parse.ts';
import { parseAttempt } from '../rehearsal/attempt.ts';
import { write } from '../rehearsal/store.ts';

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
