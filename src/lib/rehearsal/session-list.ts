// The mock interviews kept on this device, read back (the past interviews, the progress file):
// apart from sessions.ts, which the room loads to save them.
import { parseSession } from '../interview/session-parse.ts';
import type { SessionRecord } from '../interview/session.ts';
import { openStore, valid } from './store.ts';

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
