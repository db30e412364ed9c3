/** The progress export file (the progress tools' "Export progress"): what is stored, and the records that travel with it. */
import { storedProgress, type Progress } from './progress.ts';

/** The export file's text: the stored shape, pretty-printed, with the study plan's settings under
 * "plan", the choices of story for unseen questions under "choices", rehearsal attempt records
 * (never their audio) under "attempts", mock interviews under "sessions", your own stories under "stories"
 * and your questions for the interviewer under "yourQuestions". */
export function exportProgress(
  progress: Progress,
  records: { plan?: unknown; choices?: unknown; attempts?: readonly unknown[]; sessions?: readonly unknown[]; stories?: unknown; yourQuestions?: unknown } = {},
): string {
  const { plan, choices, attempts = [], sessions = [], stories, yourQuestions } = records;
  const file = {
    ...storedProgress(progress),
    ...(plan !== undefined && { plan }),
    ...(choices !== undefined && { choices }),
    ...(attempts.length && { attempts }),
    ...(sessions.length && { sessions }),
    ...(stories !== undefined && { stories }),
    ...(yourQuestions !== undefined && { yourQuestions }),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
