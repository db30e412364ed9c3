/**
 * Time that stops while paused: a mock interview's clocks, and the recording's length (the recorder
 * pauses with them). `now` is injectable so tests can move time by hand.
 */
export interface Stopwatch {
  /** Seconds counted so far, to a tenth. */
  seconds(): number;
  pause(): void;
  resume(): void;
  readonly paused: boolean;
}

export function stopwatch(now: () => number = () => performance.now()): Stopwatch {
  let counted = 0;
  let since: number | undefined = now();
  return {
    seconds: () => Math.round((counted + (since === undefined ? 0 : now() - since)) / 100) / 10,
    pause() {
      if (since === undefined) return;
      counted += now() - since;
      since = undefined;
    },
    resume() {
      since ??= now();
    },
    get paused() {
      return since === undefined;
    },
  };
}
