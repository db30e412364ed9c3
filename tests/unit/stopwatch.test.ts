import { describe, expect, it } from 'vitest';
import { stopwatch } from '../../src/lib/stopwatch.ts';

describe('a stopwatch that pauses', () => {
  it('counts only the time it runs, to a tenth of a second', () => {
    let now = 1000;
    const watch = stopwatch(() => now);
    now += 2540;
    expect(watch.seconds()).toBe(2.5);
    watch.pause();
    expect(watch.paused).toBe(true);
    now += 60_000;
    expect(watch.seconds()).toBe(2.5);
    watch.resume();
    watch.resume();
    now += 1000;
    expect(watch.seconds()).toBe(3.5);
    watch.pause();
    watch.pause();
    expect(watch.seconds()).toBe(3.5);
  });
});
