// The room's keys: Enter (or N) for its main action, M for the next part, P to pause or resume; the
// single keys only where they are switched on, and never while typing.
import { activatesItself, isTyping, singleKeyShortcutsOn } from '../../lib/shortcuts.ts';

export interface RoomKeys {
  /** A question is in the room (the keys do nothing otherwise). */
  active(): boolean;
  done(): void;
  mark(): void;
  pause(): void;
}

/** The room's keydown listener. */
export const roomKeys = (keys: RoomKeys) => (event: KeyboardEvent) => {
  if (!keys.active() || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (key === 'Enter') {
    // A focused button acts on Enter itself.
    if (activatesItself(event.target)) return;
    keys.done();
  } else if (!singleKeyShortcutsOn()) return;
  else if (key === 'n') keys.done();
  else if (key === 'm') keys.mark();
  else if (key === 'p') keys.pause();
  else return;
  event.preventDefault();
};
