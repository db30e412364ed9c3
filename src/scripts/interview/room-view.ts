// The room's screen: the page's own markup (the <template> in InterviewRoomView.astro), its parts by
// name, and what it shows of the question now as the room's clocks run (room.ts runs them).
import { clock } from '../../lib/clock.ts';
import { FOLLOW_UP_SECONDS } from '../../lib/rehearsal/follow-ups.ts';
import type { Current } from './room-types.ts';

/** The clock turns amber (and says so once) with this much time left: an answer … */
const WARN_SECONDS = 30;
/** … and a follow-up, whose whole clock is 30 s. */
const FOLLOW_UP_WARN_SECONDS = 10;

/** The parts of the room's screen, as the template names them (data-room). */
type Part = 'progress' | 'question' | 'state' | 'clock' | 'meter' | 'part' | 'heard' | 'done' | 'mark' | 'camera' | 'pause' | 'end' | 'problem' | 'say';

export type RoomView = ReturnType<typeof roomView>;

/** The room's screen, cloned from `host`'s template, and a part of it by name. */
export function roomView(host: HTMLElement) {
  const room = (host.querySelector('template')!.content.cloneNode(true) as DocumentFragment).firstElementChild as HTMLElement;
  return { room, part: <T extends HTMLElement = HTMLElement>(name: Part) => room.querySelector<T>(`[data-room=${name}]`)! };
}

/** How the room is: paused or not, the set-up's seconds to think, whether answers are recorded. */
export interface Showing {
  paused: boolean;
  thinking: number;
  silent: boolean;
  /** Says a message once to screen readers (the time warnings). */
  announce(message: string): void;
}

/** Between an answer's end and the next question: it is being stopped and kept, no longer recorded. */
export function showKeeping({ room, part }: RoomView): void {
  room.dataset['phase'] = 'keeping';
  const words = part('state');
  words.textContent = words.dataset['keeping']!;
  // Nothing here does anything until the next question. The clock and the part stay as they were
  // (stopped): emptied, they would move the buttons under a second tap.
  part<HTMLButtonElement>('mark').disabled = true;
  part('done').setAttribute('aria-disabled', 'true');
}

/** The state, the clock and the part of the question now, and the buttons that apply to it. */
export function showNow(view: RoomView, now: Current, { paused, thinking, silent, announce }: Showing): void {
  const { room, part } = view;
  const clockLine = part('clock');
  const elapsed = now.phaseWatch.seconds();
  // The state's words are the page's (the template's data-* on the state line).
  let state = 'paused';
  let time = '';
  let tone = '';
  if (paused) {
    time = clockLine.textContent ?? '';
    tone = room.dataset['clock'] ?? '';
  } else if (now.phase === 'asking') {
    state = now.part === 'follow-up' ? 'followUp' : 'question';
  } else if (now.phase === 'starting') {
    state = 'starting';
  } else if (now.phase === 'thinking') {
    state = 'thinking';
    time = `${silent ? 'Your time starts' : 'Recording starts'} in ${Math.ceil(thinking - elapsed)} s`;
  } else {
    const limit = now.part === 'follow-up' ? FOLLOW_UP_SECONDS : now.limit;
    const warnAt = now.part === 'follow-up' ? FOLLOW_UP_WARN_SECONDS : WARN_SECONDS;
    state = silent ? 'answering' : 'recording';
    if (limit === null) time = `${clock(elapsed)}, no time limit`;
    else {
      const left = limit - elapsed;
      if (left > warnAt) time = `${clock(Math.ceil(left))} left`;
      else if (left > 0) {
        tone = 'warn';
        time = `${Math.ceil(left)} s left`;
        if (!now.warned) {
          now.warned = true;
          announce(`${warnAt} seconds left`);
        }
      } else {
        tone = 'over';
        time = `Over time by ${clock(-left)}`;
        if (!now.timeUp) {
          now.timeUp = now.warned = true;
          announce('Time is up');
        }
      }
    }
  }
  const labels = now.question.model.rehearsal.labels;
  const marked = now.live.marks.length;
  room.dataset['phase'] = paused ? 'paused' : now.phase;
  room.dataset['clock'] = tone;
  const words = part('state');
  words.textContent = words.dataset[state]!;
  clockLine.textContent = time;
  clockLine.ariaLabel = clockLine.dataset[now.phase === 'thinking' ? 'thinking' : now.part === 'follow-up' ? 'followUp' : 'answer']!;
  part('part').textContent = now.phase === 'answering' && now.part === 'answer' ? `Part ${marked + 1} of 4: ${labels[marked]}` : '';
  const done = part<HTMLButtonElement>('done');
  part<HTMLButtonElement>('mark').disabled = now.phase !== 'answering' || now.part !== 'answer' || marked >= 3 || paused;
  done.textContent = now.phase === 'answering' || now.phase === 'starting' ? 'I’m done' : 'Start answering';
  // Not disabled, which would drop the keyboard focus it often has: it does nothing while paused,
  // or while the recording starts.
  done.setAttribute('aria-disabled', String(paused || now.phase === 'starting'));
}
