// The room's screen: the page's own markup (the <template> in InterviewRoomView.astro), its parts by
// name, and the clock line drawn from what the room's clocks say (room.ts decides; this shows).

/** The parts of the room's screen, as the template names them (data-room). */
type Part = 'progress' | 'question' | 'state' | 'clock' | 'meter' | 'part' | 'heard' | 'done' | 'mark' | 'pause' | 'end' | 'problem' | 'say';

/** The room's screen, cloned from `host`'s template, and a part of it by name. */
export function roomView(host: HTMLElement) {
  const room = (host.querySelector('template')!.content.cloneNode(true) as DocumentFragment).firstElementChild as HTMLElement;
  return { room, part: <T extends HTMLElement = HTMLElement>(name: Part) => room.querySelector<T>(`[data-room=${name}]`)! };
}

/** What the clock line says now. */
export interface ClockLine {
  /** The phase, or "paused", for the styles. */
  phase: string;
  /** "warn" or "over" colours the clock. */
  tone: string;
  state: string;
  time: string;
  /** The clock's name for screen readers. */
  label: string;
  /** "Part 2 of 4: Task" while answering, marked with Next part. */
  part: string;
}

/** Draws the clock line. */
export function drawClock(room: HTMLElement, parts: { state: HTMLElement; clock: HTMLElement; part: HTMLElement }, line: ClockLine) {
  room.dataset['phase'] = line.phase;
  room.dataset['clock'] = line.tone;
  parts.state.textContent = line.state;
  parts.clock.textContent = line.time;
  parts.clock.setAttribute('aria-label', line.label);
  parts.part.textContent = line.part;
}
