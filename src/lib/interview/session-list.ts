// The mock interviews kept on this device, read back (the past interviews, the progress file):
// apart from session-store.ts, which the room loads to save them.
import { openStore, valid } from '../rehearsal/store.ts';
import { parseSession } from './session-parse.ts';
import type { SessionRecord } from './session.ts';

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
