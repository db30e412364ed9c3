class RevealAnswer extends HTMLElement {
  #button = this.querySelector<HTMLButtonElement>(':scope > .reveal-toggle');

  connectedCallback() {
    this.#button?.addEventListener('click', () => this.#set(!this.hasAttribute('open')));
    document.addEventListener('practice-mode', this.#close);
  }

  disconnectedCallback() {
    document.removeEventListener('practice-mode', this.#close);
  }

  /** Switching practice mode starts every part hidden again. */
  #close = () => this.#set(false);

  #set(open: boolean) {
    this.toggleAttribute('open', open);
    this.#button?.setAttribute('aria-expanded', String(open));
  }
}

customElements.define('reveal-answer', RevealAnswer);
