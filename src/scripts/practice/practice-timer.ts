// <practice-timer>: the practice card's stopwatch, against the answer's speaking time. Loaded on
// its first use (Start timer, Reset timer, or T); the session sets `data-seconds` for each card,
// which stops the timer and sets it back to zero.
import { clock } from '../../lib/clock.ts';

export class PracticeTimer extends HTMLElement {
  static observedAttributes = ['data-seconds'];
  #elapsed = 0;
  #startedAt: number | undefined;
  #tick: ReturnType<typeof setInterval> | undefined;

  attributeChangedCallback() {
    this.reset();
  }

  disconnectedCallback() {
    clearInterval(this.#tick);
  }

  toggle() {
    if (this.#startedAt === undefined) {
      this.#startedAt = Date.now() - this.#elapsed * 1000;
      this.#tick = setInterval(() => this.#show(), 250);
    } else {
      this.#show();
      clearInterval(this.#tick);
      this.#startedAt = undefined;
    }
    this.#label();
  }

  reset() {
    clearInterval(this.#tick);
    this.#startedAt = undefined;
    this.#elapsed = 0;
    this.#label();
    this.#show();
  }

  #label() {
    this.querySelector('[data-action=timer]')!.textContent = this.#startedAt === undefined ? 'Start timer' : 'Pause timer';
  }

  #show() {
    if (this.#startedAt !== undefined) this.#elapsed = Math.floor((Date.now() - this.#startedAt) / 1000);
    const over = this.#elapsed - Number(this.dataset['seconds']);
    const elapsed = this.querySelector<HTMLElement>('[data-elapsed]')!;
    elapsed.textContent = over > 0 ? `${clock(this.#elapsed)}, ${clock(over)} over time` : clock(this.#elapsed);
    elapsed.toggleAttribute('data-over', over > 0);
  }
}

customElements.define('practice-timer', PracticeTimer);
