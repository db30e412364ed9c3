import { describe, expect, it } from 'vitest';
import { lessonAt } from '../../../src/lib/signals/lesson.ts';

describe('the lesson', () => {
  it.each([
    'what i learned is you have to coach them on letting go',
    'the lesson for me was bad news early is cheaper',
    'what i took from it is you cannot just promote someone and walk away',
    'next time i would talk to people one on one first',
    'Since then I always run a weekly confidence vote',
    'In hindsight, I would have told them sooner.',
    "I'd do it differently now",
  ])('hears "%s"', (text) => expect(lessonAt(text)).toBeGreaterThanOrEqual(0));

  it.each(['everybody was calmer the next time something broke', 'we just saw the road there differently', 'we built a learning platform'])('not "%s"', (text) =>
    expect(lessonAt(text)).toBe(-1),
  );
});
