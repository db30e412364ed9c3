// The room's screen: the page's own markup (the <template> in InterviewRoomView.astro), its parts by
// name (room.ts fills them in as its clocks run).

/** The parts of the room's screen, as the template names them (data-room). */
type Part = 'progress' | 'question' | 'state' | 'clock' | 'meter' | 'part' | 'heard' | 'done' | 'mark' | 'camera' | 'pause' | 'end' | 'problem' | 'say';

/** The room's screen, cloned from `host`'s template, and a part of it by name. */
export function roomView(host: HTMLElement) {
  const room = (host.querySelector('template')!.content.cloneNode(true) as DocumentFragment).firstElementChild as HTMLElement;
  return { room, part: <T extends HTMLElement = HTMLElement>(name: Part) => room.querySelector<T>(`[data-room=${name}]`)! };
}
