/** The progress export file (the progress tools' "Export progress"): what is stored, and the records that travel with it. */
import { storedProgress, type Progress } from './progress.ts';

/** The export file's text: the stored shape, pretty-printed, with the study plan's settings under
 * "plan", rehearsal attempt records (never their audio) under "attempts" and mock interviews under
 * "sessions". */
export function exportProgress(progress: Progress, records: { plan?: unknown; attempts?: readonly unknown[]; sessions?: readonly unknown[] } = {}): string {
  const { plan, attempts = [], sessions = [] } = records;
  return `${JSON.stringify({ ...storedProgress(progress), ...(plan !== undefined && { plan }), ...(attempts.length && { attempts }), ...(sessions.length && { sessions }) }, null, 2)}\n`;
}
