import { describe, expect, it } from 'vitest';
import { headline } from '../../../src/lib/interview/headline.ts';

describe('a mock interview’s headline figures', () => {
  it('shows time, key points, pace and filler words where they were measured', () => {
    expect(headline({ seconds: 754, figures: { answers: 5, withinTime: 3, keyPointsSaid: 6, keyPoints: 10, keyPointsChecked: 5, wpm: 132, fillersPerMinute: 2.1 } })).toEqual([
      { figure: '3 of 5', label: 'answers within time' },
      { figure: '60%', label: 'of key points said' },
      { figure: '132', label: 'words a minute' },
      { figure: '2.1', label: 'filler words a minute' },
      { figure: '12:34', label: 'in the room' },
    ]);
  });

  it('shows no figure that nothing measured: no key points, no transcript', () => {
    expect(headline({ seconds: 65, figures: { answers: 2, withinTime: 2, keyPointsSaid: 0, keyPoints: 0, keyPointsChecked: 0 } }).map((tile) => tile.label)).toEqual(['answers within time', 'in the room']);
  });
});
