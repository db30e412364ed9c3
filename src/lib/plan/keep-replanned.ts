/**
 * After a rating: the study plan worked out again (replan.ts, which the caller has loaded, however it
 * loads code on demand) from the settings as stored, today's questions kept as they were, and kept.
 * For practice and a mock interview's report; the study plan's block, which also shows and cleans
 * the settings, does its own.
 */
import { parseJson } from '../json.ts';
import { PLAN_KEY } from '../preferences.ts';
import type { Progress } from '../progress.ts';
import { readItem } from '../storage.ts';
import type { Replanned, replan as Replan } from './replan.ts';
import { loadSchedule, saveSchedule } from './schedule-store.ts';

export function keepReplanned(replan: typeof Replan, progress: Progress, questions: readonly { id: string; round: string }[], kept = loadSchedule()): Replanned {
  const text = readItem(PLAN_KEY);
  const replanned = replan({ progress, text, value: parseJson(text), questions, kept });
  saveSchedule(replanned.schedule);
  return replanned;
}
