// <mock-interview>: the interview page. Remembers the set-up on this device (shared with every
// other tab), says what this browser can do (an on-device voice, recording, a live transcript), and
// on Start loads the room, which shares the Rehearse panel's recorder, store and analysis. The past
// interviews load their code once the page has loaded. Its longer sentences are the page's, in
// data-* attributes: bytes of HTML cost less than bytes of script.
import { DEFAULT_SETUP, SWITCHES, describeSetup, keptSetup, readSetup, type InterviewSetup } from '../../lib/interview/setup.ts';
import type { SessionRecord } from '../../lib/interview/session.ts';
import { DB_NAME, SETUP_KEY } from '../../lib/kept/keys.ts';
import { onStoredChange } from '../../lib/kept/other-tabs.ts';
import type { Shared } from '../../lib/shared-value.ts';
import { lazyElement, lazyModule } from '../shared/lazy.ts';
import { myStories, type StoriesModule } from '../stories/stories-loader.ts';
import { recognitionOffer } from '../rehearsal/recognition-offer.ts';
import { canRecord } from '../rehearsal/can-record.ts';
import type { InterviewHistory } from './history.ts';
import { readQuestions } from './questions.ts';
import type { InterviewRoom } from './room.ts';
import { onDeviceVoice } from './voice.ts';

class MockInterview extends HTMLElement {
  #form!: HTMLFormElement;
  #stories?: StoriesModule | undefined;
  #questions = readQuestions(this.querySelector('[data-questions]'));
  #voice = onDeviceVoice();
  #hasVoice = true;
  /** The set-up this device remembers; from this page's first change, as every tab shares it (its code loads then). */
  #setup = keptSetup.load();
  #shared: Shared<InterviewSetup> | undefined;
  /** From the first change: the shared set-up's code is on its way, and will show what another tab wrote meanwhile. */
  #sharing = false;
  #connection?: AbortController;
  #$ = <T extends Element = HTMLElement>(selector: string) => this.querySelector<T>(selector)!;

  connectedCallback() {
    const signal = (this.#connection = new AbortController()).signal;
    this.#form = this.#$('form');
    this.#fill(this.#setup);
    // Another tab's change shows here; once this page has changed the set-up, the shared value says it.
    onStoredChange([SETUP_KEY], () => this.#sharing || this.#fill((this.#setup = keptSetup.load())), signal);
    this.#form.addEventListener('input', (event) => {
      // The camera's code loads when it is switched on: it says whether this browser can, and what space is left.
      const box = event.target as HTMLInputElement;
      if (box.name === 'camera') void lazyModule('camera').then((camera) => camera.checkOption(box, (sentence) => sentence && (this.#$('[data-camera-note]').textContent = sentence)));
      // Only the option changed, made to the set-up stored now: another tab's change to another option
      // stays. Kept at once; then made through the value shared with other tabs, which makes it again
      // should a change of theirs cross it.
      const value = this.#read()[box.name as keyof InterviewSetup];
      const change = (setup: InterviewSetup) => ({ ...setup, [box.name]: value });
      if (this.#shared) return void this.#shared.change(change);
      keptSetup.save((this.#setup = change(keptSetup.load())));
      this.#summarise();
      this.#sharing = true;
      void lazyModule('share').then(({ shareValue }) =>
        (this.#shared ??= shareValue(keptSetup, (setup, elsewhere) => ((this.#setup = setup), elsewhere ? this.#fill(setup) : this.#summarise()), signal)).change(change),
      );
    });
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#start();
    });
    if (!canRecord()) this.#unavailable('record', this.dataset['noRecord']!);
    void this.#voice.then((voice) => {
      this.#hasVoice = !!voice;
      if (!voice) this.#unavailable('voice', this.dataset['noVoice']!);
      this.#summarise();
    });
    // The offer itself is in the set-up's options; one short line above Start says where it stands.
    // The line for each state is the page's own markup ([data-line]), links and all; its room is kept (interview.css), so nothing moves.
    this.#$('[data-recognition]').append(recognitionOffer(undefined, (state) => (this.#$('[data-transcript]').innerHTML = this.#$(`[data-line=${state}]`).innerHTML)));
    this.addEventListener('interview-change', () => (this.dataset['view'] = this.#room().dataset['view']));
    this.addEventListener('interview-new', () => this.#backToSetup());
    this.addEventListener('interview-open', (event) => void this.#open((event as CustomEvent<SessionRecord>).detail));
    this.#history(signal);
    void myStories()?.then((module) => {
      this.#stories = module;
      this.#summarise();
    });
  }

  disconnectedCallback() {
    this.#connection!.abort();
  }

  /** The questions of `source`: with your stories (their code, where this device holds some) in the place of the model answers they replace, or by themselves. */
  #pool(source: string) {
    return this.#stories?.interviewPool(this.#questions, source) ?? (source === 'stories' ? [] : this.#questions);
  }

  /**
   * The past interviews: their code loads once the page has loaded, and only where this device may
   * hold some (it has the store, or cannot say); a first visit says there are none without it.
   */
  #history(signal: AbortSignal) {
    const list = this.#$('interview-history');
    const load = () => void lazyElement('interview-history').catch(() => {});
    const afterLoad = () => (document.readyState === 'complete' ? load() : addEventListener('load', load, { once: true, signal }));
    void Promise.resolve(globalThis.indexedDB?.databases?.()).then(
      (all) => (all?.every((database) => database.name !== DB_NAME) ? (list.firstElementChild!.textContent = list.dataset['none']!) : afterLoad()),
      afterLoad,
    );
  }

  #room = () => this.#$<InterviewRoom>('interview-room');

  /** An option this browser cannot give: unticked, disabled, and a sentence saying why. */
  #unavailable(name: 'record' | 'voice', why: string) {
    const box = this.#form.elements.namedItem(name) as HTMLInputElement;
    box.checked = false;
    box.disabled = true;
    this.#$(`[data-${name}-note]`).textContent = why;
  }

  #fill(setup: InterviewSetup) {
    for (const [name, value] of Object.entries(setup)) {
      // A radio group's value checks the radio of that value (none, for a value no longer offered).
      const field = this.#form.elements.namedItem(name) as HTMLInputElement | RadioNodeList | null;
      // An option this browser cannot give stays off.
      if (typeof value === 'boolean') (field as HTMLInputElement).checked = value && !(field as HTMLInputElement).disabled;
      else if (field) field.value = String(value);
    }
    this.#summarise();
  }

  /** The set-up as the form has it (a round page's own round whatever is stored). */
  #read(): InterviewSetup {
    const data = new FormData(this.#form);
    // An option this browser cannot give (disabled) keeps what was chosen before, for a browser that can.
    const checked = (name: keyof InterviewSetup) => {
      const box = this.#form.elements.namedItem(name) as HTMLInputElement;
      return [name, box.disabled ? this.#setup[name] : box.checked];
    };
    return readSetup({
      ...Object.fromEntries(data),
      ...Object.fromEntries(SWITCHES.map(checked)),
      round: this.dataset['round'] ?? data.get('round') ?? DEFAULT_SETUP.round,
    });
  }

  #summarise() {
    const setup = this.#read();
    this.#$('output').textContent = `${setup.thinking} s`;
    const total = this.#pool(setup.source).filter((question) => !setup.round || question.round === setup.round).length;
    this.#$('[data-summary]').textContent = describeSetup(setup, total, this.#hasVoice, canRecord());
    this.#$('[data-no-stories]').hidden = total > 0 || setup.source !== 'stories';
  }

  async #start() {
    const setup = this.#read();
    const button = this.#$<HTMLButtonElement>('[type=submit]');
    const status = this.#$('[data-start-status]');
    button.disabled = true;
    status.textContent = 'Starting…';
    try {
      const voice = setup.voice ? await this.#voice : undefined;
      await lazyElement('interview-room');
      this.#stories ??= await myStories();
      const questions = this.#pool(setup.source);
      if (!questions.length) return void (status.textContent = this.#$('[data-no-stories]').textContent);
      const mine = questions.filter((question) => !setup.round || question.round === setup.round);
      // Unseen questions: each asked with the story that fits it, and recorded against that story.
      const unseen =
        setup.source === 'bank' && (await (await lazyModule('bank-interview')).bankInterview(this.dataset['bank']!, mine, setup.count === 'all' ? mine.length : Number(setup.count)));
      if (unseen && !unseen.length) return void (status.textContent = this.dataset['noBank']!);
      status.textContent = '';
      const asked = unseen && Object.fromEntries(unseen.map(({ id, question }) => [id, question]));
      // Your opening, where you wrote one, is asked first when the set-up asks for it (talk.ts).
      await this.#room().start({ setup, questions: unseen || questions, voice, opening: this.#stories?.interviewOpening(), ...(asked && { asked, only: Object.keys(asked) }) });
    } catch {
      status.textContent = this.dataset['notStarted']!;
    } finally {
      button.disabled = false;
    }
  }

  async #open(session: SessionRecord) {
    try {
      await lazyElement('interview-room');
      // Asked from the bank: each story's answer under the question that was asked.
      // Your stories too, where this device holds them: a session may have asked them.
      const questions = (this.#stories?.interviewPool(this.#questions, '') ?? this.#questions).map((question) => ({ ...question, question: session.asked?.[question.id] ?? question.question }));
      await this.#room().openReport(session, questions, await this.#voice);
    } catch {
      this.#$('[data-start-status]').textContent = this.dataset['notOpened']!;
    }
  }

  #backToSetup() {
    this.dataset['view'] = 'setup';
    this.#room().hidden = true;
    // Loaded now if it was not (this page's first interview): it reads the list as it connects.
    void lazyElement('interview-history').then(() => this.#$<InterviewHistory>('interview-history').refresh());
    scrollTo({ top: 0 });
    this.#$<HTMLButtonElement>('[type=submit]').focus();
  }
}

customElements.define('mock-interview', MockInterview);
