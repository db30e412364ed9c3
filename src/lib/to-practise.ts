/**
 * What there is to practise, counted one way on every page that counts it (practice, the home page,
 * a round's page): the model answers, less those a story of yours replaces, and your stories, said
 * as such ("2 of 6 practised: 5 model answers, 1 story of yours").
 */
import { RATINGS, RATING_LABELS, type Progress } from './progress.ts';
import { plural } from './words.ts';

export interface ToPractise {
  /** The model answers' ids: those no story of yours replaces. */
  models: string[];
  /** Your stories' ids. */
  stories: string[];
}

/** Of the model answers `models` (a round's, or every one), those your `stories` leave, and your stories: those of `round`, when one is given. */
export function toPractise(models: readonly string[], stories: readonly { id: string; round: string; replaces?: string }[], round?: string): ToPractise {
  const mine = stories.filter((story) => !round || story.round === round);
  return { models: models.filter((id) => !stories.some(({ replaces }) => replaces === id)), stories: mine.map(({ id }) => id) };
}

/**
 * "3 of 5 practised, 1 needs work, 2 nailed it", "2 of 6 practised: 5 model answers, 1 story of
 * yours; 2 nailed it", "None of 5 practised yet": over what exists now (the ratings of a deleted
 * question or story are kept, not counted).
 */
export function practisedText(progress: Pick<Progress, 'questions'>, models: readonly string[], stories: readonly string[] = []): string {
  // Ids as an attribute lists them: an empty list reads as one empty id.
  const ids = [...models, ...stories].filter(Boolean);
  const yours = stories.filter(Boolean);
  const rated = ids.map((id) => progress.questions[id]?.rating);
  const practised = rated.filter(Boolean).length;
  const what = yours.length ? `: ${plural(ids.length - yours.length, 'model answer')}, ${plural(yours.length, 'story', 'stories')} of yours` : '';
  if (!practised) return `None of ${ids.length} practised yet${what}`;
  const counts = RATINGS.map((rating) => [rating, rated.filter((r) => r === rating).length] as const).filter(([, n]) => n);
  return `${practised} of ${ids.length} practised${what}${what ? '; ' : ', '}${counts.map(([rating, n]) => `${n} ${rating === 'needs-work' && n > 1 ? 'need work' : RATING_LABELS[rating].toLowerCase()}`).join(', ')}`;
}
