// <rehearse-recorder>: the inside of the Rehearse panel, defined when the panel is first opened.
import { Rehearsal } from './panel.ts';

class RehearseRecorder extends HTMLElement {
  #rehearsal: Rehearsal | undefined;

  connectedCallback() {
    const host = this.closest<HTMLElement>('rehearse-panel');
    if (host) (this.#rehearsal ??= new Rehearsal(host, this)).connect();
  }

  // What the panel listens to on the page is released with it (and taken up again if it comes back).
  disconnectedCallback() {
    this.#rehearsal?.disconnect();
  }
}

customElements.define('rehearse-recorder', RehearseRecorder);
