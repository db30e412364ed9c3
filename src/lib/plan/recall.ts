/**
 * Am I ready for the day? Each answer's recall predicted for the interview (FSRS's retrievability,
 * through ts-fsrs, of the memory state its ratings give), against the recall the plan aims for:
 * ready at or above it, at risk below it or never rated. As if no review came before the day: the
 * plan's reviews are what raise it. Loaded with the scheduler, where a date is set.
 */
import type { Progress } from '../progress.ts';
import { cardOf, scheduler } from './fsrs.ts';

export interface Recall {
  id: string;
  title: string;
  /** The chance of recalling it on the day, 0 to 1; 0 when never rated. */
  recall: number;
  rated: boolean;
  ready: boolean;
}

export interface Readiness {
  /** Worst first: the least likely recalled, the never rated among them; equals in the order given. */
  answers: Recall[];
  ready: number;
  atRisk: number;
}

export interface ReadinessInput {
  progress: Pick<Progress, 'reviews'>;
  /** The questions and stories to judge, in the order the site lists them. */
  questions: readonly { id: string; title: string }[];
  /** The interview: its day's start, or its time when given. */
  on: Date;
  /** The recall the plan aims for (settings.ts): ready is at least this. */
  retention: number;
  now: Date;
}

export function readiness({ progress, questions, on, retention, now }: ReadinessInput): Readiness {
  const f = scheduler(retention);
  const answers = questions
    .map(({ id, title }) => {
      const reviews = progress.reviews.filter((review) => review.q === id);
      const recall = reviews.length ? (f.get_retrievability(cardOf(f, reviews, now), on, false) as number) : 0;
      return { id, title, recall, rated: reviews.length > 0, ready: recall >= retention };
    })
    .sort((a, b) => a.recall - b.recall);
  const ready = answers.filter((answer) => answer.ready).length;
  return { answers, ready, atRisk: answers.length - ready };
}
