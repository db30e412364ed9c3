// <rehearse-recorder>: the inside of the Rehearse panel, defined when the panel is first opened.
import { Rehearsal } from './panel.ts';

class RehearseRecorder extends HTMLElement {
  #rehearsal: Rehearsal | undefined;

  connectedCallback() {
    const host = this.closest<HTMLElement>('rehearse-panel');
    if (host && !this.#rehearsal) this.#rehearsal = new Rehearsal(host, this);
  }
}

customElements.define('rehearse-recorder', RehearseRecorder);
