import { RATING_LABELS, type Progress } from '../../lib/progress.ts';
import { practisedText } from '../../lib/to-practise.ts';

/**
 * Writes progress into the server-rendered placeholders inside `root`:
 * `[data-progress-summary]` gets "3 of 5 practised, 1 needs work" (of its `data-ids`, or of the
 * questions with a slot, and of the stories of yours in its `data-stories`, which the stories' code
 * writes: story-count.ts) and each
 * `[data-last-rating="<id>"]` the question's last rating.
 */
export function showProgress(root: Element, progress: Progress): void {
  const slots = [...root.querySelectorAll<HTMLElement>('[data-last-rating]')];
  const ids = [...new Set(slots.map((slot) => slot.dataset['lastRating']!))];
  for (const slot of slots) {
    const attempt = progress.questions[slot.dataset['lastRating']!];
    slot.textContent = attempt ? `Last rating: ${RATING_LABELS[attempt.rating]}` : 'Not practised yet';
    if (attempt) slot.dataset['rating'] = attempt.rating;
    else delete slot.dataset['rating'];
  }
  // A summary may name its own questions (a round in the list of rounds), else it counts the slots.
  for (const summary of root.querySelectorAll<HTMLElement>('[data-progress-summary]')) {
    summary.textContent = practisedText(progress, summary.dataset['ids']?.split(' ') ?? ids, summary.dataset['stories']?.split(' '));
  }
}
