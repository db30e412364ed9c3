/** The progress export file (the progress tools' "Export progress"): what is stored, and the records that travel with it. */
import { storedProgress, type Progress } from './progress.ts';

/** The export file's text: the stored shape, pretty-printed, with the study plan's settings under
 * "plan", the choices of story for unseen questions under "choices", rehearsal attempt records
 * (never their audio) under "attempts", mock interviews under "sessions" and your own stories under "stories". */
export function exportProgress(
  progress: Progress,
  records: { plan?: unknown; choices?: unknown; attempts?: readonly unknown[]; sessions?: readonly unknown[]; stories?: unknown } = {},
): string {
  const { plan, choices, attempts = [], sessions = [], stories } = records;
  const file = {
    ...storedProgress(progress),
    ...(plan !== undefined && { plan }),
    ...(choices !== undefined && { choices }),
    ...(attempts.length && { attempts }),
    ...(sessions.length && { sessions }),
    ...(stories !== undefined && { stories }),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
