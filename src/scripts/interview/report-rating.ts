// A rating given in a mock interview's report: it goes to the practice progress too, and the study
// plan takes it in. Its code loads with the first rating (report.ts): a report nobody rates needs
// none of it, nor the plan's.
import { keptProgress, loadProgress, rate, saveProgress, type Progress, type Rating } from '../../lib/progress.ts';
import type { Shared } from '../../lib/shared-value.ts';
import type { InterviewQuestion } from './questions.ts';

/** The ratings, shared with every other tab (one for the page, whichever report is on show). */
let ratings: Shared<Progress> | undefined;

/**
 * Rates `question` from the interview: the progress with the rating in it. `problem` hears, in a
 * sentence, that this device would not keep it.
 */
export function rateFromReport(question: string, rating: Rating, questions: InterviewQuestion[], problem: (message: string) => void): Progress {
  // Added to the ratings stored now: another tab may have rated since this page loaded. Kept at
  // once; then through the ratings shared with the other tabs (their code loads with the first
  // rating), which make it again should a write of theirs cross it. One moment for the rating:
  // made again, it adds nothing.
  const at = new Date();
  const change = (progress: Progress) => rate(progress, question, rating, at, 'interview');
  let progress = ratings?.value;
  if (!(ratings ? ratings.change(change) : saveProgress((progress = change(loadProgress()))))) {
    problem('This device would not keep your rating (its storage is full or turned off): it counts until you leave this page.');
  }
  if (!ratings) void import('../../lib/shared-value.ts').then(({ shareValue }) => (ratings ??= shareValue(keptProgress, () => {})).change(change));
  progress = ratings?.value ?? progress!;
  void Promise.all([import('../../lib/plan/replan.ts'), import('../../lib/plan/kept.ts')]).then(([{ replan }, { keptSchedule, keptSettings }]) => {
    keptSchedule.save(replan({ progress, settings: keptSettings.load(), questions, kept: keptSchedule.load() }).schedule);
  });
  return progress;
}
