// <story-editor>: one of your stories, written as a form is filled. It saves as you type (to what is
// stored now: another tab's other stories are never written over, and another tab's copy of this
// one is never silently replaced), says "Saved on this device" or why not, and advises beside each
// field with the build's own rules (story-rules.ts through stories/advice.ts). A build of its own,
// loaded when you come to write (story-editor-loader.ts).
import { shareValue, type Shared } from '../../lib/shared-value.ts';
import { STAR_FIELDS } from '../../lib/star.ts';
import { OPENING_TARGET, storyLabels } from '../../lib/stories/opening.ts';
import { OPENING } from '../../lib/conversation/asked.ts';
import { TARGET_SECONDS, storyNotes, storyTiming, type Field } from '../../lib/stories/advice.ts';
import { keptStories, putStory, type Stories } from '../../lib/stories/stored.ts';
import { blankStory, type Story } from '../../lib/stories/story.ts';
import { formatSpeakingTime } from '../../lib/speaking-time.ts';
import type { Topic } from '../../lib/topics.ts';
import { editUrl, storyUrl } from '../../lib/stories/urls.ts';
import { loadBank } from '../bank/bank-source.ts';
import { readModelAnswer } from '../shared/model-answer.ts';
import { h } from '../shared/dom.ts';
import { deleteWithUndo } from './delete.ts';

/** What the form holds, as a story's text fields. */
type Written = Pick<Story, 'title' | 'question' | 'kind' | 'topics' | 'situation' | 'task' | 'action' | 'result' | 'keyPoints' | 'followUps' | 'answer' | 'headline'>;

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);
const time = (iso: string) => new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
/** Advice waits this long after the last key; the save a little longer (a tab closed meanwhile is saved on its way out). */
const ADVICE_MS = 300;
const SAVE_MS = 600;

class StoryEditor extends HTMLElement {
  #form = this.querySelector('form')!;
  #story!: Story;
  /** When the stored copy this form started from (or last wrote) was saved: another time there means another tab saved it since. */
  #base: string | undefined;
  #pending = false;
  /** Fields typed in (or all, once a kept story or a file is open): an empty field nobody has reached yet shows its hint, not a rule. */
  #touched = new Set<string>();
  #timers: Record<string, ReturnType<typeof setTimeout>> = {};
  /** The defaults of the notes, said again once their field is fine. */
  #hints = new Map([...this.querySelectorAll<HTMLElement>('[data-note]')].map((note) => [note, note.textContent ?? '']));
  /** Your stories as every tab shares them, while the editor is on the page. */
  #stories!: Shared<Stories>;
  #connection?: AbortController;

  #$ = <T extends HTMLElement = HTMLElement>(selector: string) => this.querySelector<T>(selector)!;
  #field = (name: string) => this.#form.elements.namedItem(name) as HTMLInputElement;

  connectedCallback() {
    const signal = (this.#connection = new AbortController()).signal;
    this.#stories = shareValue(keptStories, (value, elsewhere) => elsewhere && this.#elsewhere(value), signal);
    const params = new URLSearchParams(location.search);
    const rounds: { id: string }[] = JSON.parse(this.dataset['rounds']!);
    const id = params.get('edit');
    const stored = id ? this.#stories.value.stories.find((story) => story.id === id) : undefined;
    if (stored) {
      this.#story = stored;
      this.#base = stored.updated;
      this.#touchAll();
      this.#$('[data-heading]').textContent = 'Edit your story';
    } else {
      this.#story = blankStory(rounds[0]!.id);
      if (id) this.#say('That story is not on this device (deleted, or written in another browser): a new one starts here.', true);
      const from = params.get('from');
      if (from) this.#offer(`site:${from}`);
      // Your opening: a story of its kind, its question the interviewer's.
      if (params.has('opening')) this.#story = { ...this.#story, kind: 'opening', title: 'My opening', question: OPENING.question };
    }
    // Whatever was typed before this code arrived (a slow connection) is kept, not cleared.
    const typed = this.#typed();
    this.#story = { ...this.#story, ...typed };
    this.#fill(this.#story);
    this.#guide();
    if (Object.keys(typed).length) this.#changed();
    void this.#bankOptions(stored ? null : params.get('bank'));
    this.#form.addEventListener('input', this.#changed);
    this.#form.addEventListener('input', this.#fit);
    this.#form.addEventListener('change', (event) => {
      const target = event.target as HTMLInputElement;
      if (target.name === 'from') this.#pick(target.value);
      this.#changed(event);
    });
    // Save now (it saves as you type; Enter in a field does the same): said beside it.
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#touchAll();
      this.#save(true);
    });
    this.#$('[data-mdx]').addEventListener('click', () => this.#download());
    this.#$<HTMLInputElement>('[data-open]').addEventListener('change', (event) => void this.#open(event.target as HTMLInputElement));
    this.#$('[data-delete]').addEventListener('click', () => this.#delete());
    // A tab closed, or the page left, before the last save: saved on its way out.
    addEventListener('pagehide', () => this.#pending && this.#save(), { signal });
  }

  disconnectedCallback() {
    this.#connection!.abort();
  }

  /** The form as a story, with this story's id, round and origin. */
  #read(): Written & Pick<Story, 'replaces' | 'bank' | 'round'> {
    const text = (name: string) => this.#field(name).value;
    const written: Written = {
      title: text('title').trim(),
      question: text('question').trim(),
      kind: (['approach', 'opening'] as const).find((kind) => kind === (this.#form.elements.namedItem('kind') as RadioNodeList).value) ?? 'story',
      topics: [...this.#form.querySelectorAll<HTMLInputElement>('[name=topics]:checked')].map((box) => box.value as Topic),
      situation: text('situation').trim(),
      task: text('task').trim(),
      action: text('action').trim(),
      result: text('result').trim(),
      keyPoints: lines(text('keyPoints')),
      followUps: lines(text('followUps')),
      answer: text('answer').trim(),
      headline: text('headline').trim(),
    };
    const { replaces, bank, round } = this.#story;
    return { ...written, round, ...(replaces && { replaces }), ...(bank && { bank }) };
  }

  /** The fields with something in them, and marks them as reached. */
  #typed(): Partial<Written> {
    const form = this.#read();
    const typed = Object.fromEntries(Object.entries(form).filter(([name, value]) => name !== 'kind' && name !== 'round' && (Array.isArray(value) ? value.length : value)));
    for (const name of Object.keys(typed)) this.#touched.add(name);
    return typed;
  }

  /** Puts a story's text into the form. */
  #fill(story: Written & Pick<Story, 'replaces' | 'bank'>) {
    for (const name of ['title', 'question', ...STAR_FIELDS, 'answer', 'headline'] as const) this.#field(name).value = story[name] ?? '';
    this.#field('keyPoints').value = story.keyPoints.join('\n');
    this.#field('followUps').value = story.followUps.join('\n');
    for (const radio of this.#form.querySelectorAll<HTMLInputElement>('[name=kind]')) radio.checked = radio.value === story.kind;
    for (const box of this.#form.querySelectorAll<HTMLInputElement>('[name=topics]')) box.checked = story.topics.includes(box.value as Topic);
    const from = story.replaces ? `site:${story.replaces}` : story.bank ? `bank:${story.bank}` : '';
    this.#field('from').value = from;
    this.#relabel();
    this.#advise();
    this.#fit();
  }

  /** Text boxes grow with their text: by CSS (field-sizing) where the browser can, else here, up to their CSS maximum. */
  #fit = (event?: Event) => {
    if (CSS.supports('field-sizing', 'content')) return;
    for (const box of event ? [event.target] : this.#form.querySelectorAll('textarea')) {
      if (!(box instanceof HTMLTextAreaElement)) continue;
      box.style.blockSize = 'auto';
      box.style.blockSize = `${box.scrollHeight + box.offsetHeight - box.clientHeight}px`;
    }
  };

  /**
   * A question of the site's or the bank's (its option's value, "site:<id>" or "bank:<id>"), chosen:
   * its words, kind and topics, and for the site's, its round and its model answer to replace.
   */
  #offer(value: string) {
    const option = [...this.#field('from').querySelectorAll('option')].find((candidate) => candidate.value === value);
    const { replaces: _site, bank: _bank, ...rest } = this.#story;
    this.#story = rest;
    if (!option?.value) return;
    const [from, id] = value.split(':') as ['site' | 'bank', string];
    const { question, kind, topics, round } = option.dataset;
    this.#story = {
      ...this.#story,
      question: question ?? option.textContent!.trim(),
      kind: kind === 'approach' ? 'approach' : 'story',
      topics: (topics?.split(' ') ?? []) as Topic[],
      ...(from === 'site' ? { replaces: id, round: round! } : { bank: id }),
    };
  }

  /**
   * The bank's questions among those to pick, read from the coverage page (the one copy of the bank;
   * the offline copy's without a network); `bank`, when the editor was opened for one, is then filled in.
   */
  async #bankOptions(bank: string | null) {
    const group = this.#$('[data-bank-options]');
    const asked = await loadBank(this.dataset['bank']!).catch(() => []);
    group.replaceChildren(...asked.map(({ id, q, kind, topics }) => h('option', { value: `bank:${id}`, 'data-kind': kind, 'data-topics': topics.join(' ') }, q)));
    if (this.#story.bank) this.#field('from').value = `bank:${this.#story.bank}`;
    if (!bank) return;
    this.#offer(`bank:${bank}`);
    this.#fill(this.#story);
  }

  /** A question picked from the list (or "your own words"): what it brings replaces what was there. */
  #pick(value: string) {
    this.#story = { ...this.#story, ...this.#read() };
    this.#offer(value);
    this.#fill(this.#story);
    this.#guide();
  }

  /** Making a model answer yours: its lines and key points beside the fields, as a guide (never in them). */
  #guide() {
    const guides = [...this.querySelectorAll<HTMLElement>('[data-guide]')];
    for (const guide of guides) guide.hidden = true;
    const id = this.#story.replaces;
    if (!id) return;
    void readModelAnswer(id).then((model) => {
      if (!model || this.#story.replaces !== id) return;
      model.star.forEach(({ text }, i) => {
        const guide = this.#$(`[data-guide=${STAR_FIELDS[i]}]`);
        guide.replaceChildren(h('strong', {}, 'The model answer: '), text);
        guide.hidden = false;
      });
      const points = this.#$('[data-guide=keyPoints]');
      points.replaceChildren(h('strong', {}, 'The model answer’s key points:'), h('ul', {}, ...model.rehearsal.keyPoints.map((point) => h('li', {}, point))));
      points.hidden = false;
    });
  }

  #touchAll() {
    for (const note of this.#hints.keys()) this.#touched.add(note.dataset['note']!);
  }

  #changed = (event?: Event) => {
    const name = (event?.target as HTMLInputElement | undefined)?.name;
    // What Save now said holds until the next change.
    this.#$('[data-save-status]').textContent = '';
    if (name) this.#touched.add(name);
    this.#relabel();
    this.#pending = true;
    clearTimeout(this.#timers['advice']);
    clearTimeout(this.#timers['save']);
    this.#timers['advice'] = setTimeout(() => this.#advise(), ADVICE_MS);
    this.#timers['save'] = setTimeout(() => this.#save(), SAVE_MS);
  };

  /** An approach's parts are its context, aim, steps and outcome; an opening's its three, and its example beside them. */
  #relabel() {
    const { kind } = this.#read();
    const labels = storyLabels(kind);
    STAR_FIELDS.forEach((part, i) => (this.#$(`[data-label=${part}]`).textContent = labels[i]!));
    this.toggleAttribute('data-opening', kind === 'opening');
  }

  /** Every field's note: the rule it breaks, the advice for it, or its hint. */
  #advise() {
    const story = { ...this.#story, ...this.#read() };
    const notes = storyNotes(story);
    for (const [note, hint] of this.#hints) {
      const field = note.dataset['note'] as Field;
      const mine = notes.filter((candidate) => candidate.field === field && (candidate.level === 'advice' || this.#touched.has(field)));
      note.textContent = mine.length ? mine.map(({ message, why }) => (why ? `${message} ${why}` : message)).join(' ') : hint;
      if (mine.length) note.dataset['level'] = mine.some(({ level }) => level === 'rule') ? 'rule' : 'advice';
      else delete note.dataset['level'];
    }
    const { seconds, parts } = storyTiming(story);
    const labels = storyLabels(story.kind);
    this.#$('[data-timing]').textContent = seconds
      ? `Your answer takes ${formatSpeakingTime(seconds)}, against ${story.kind === 'opening' ? `the opening’s ${OPENING_TARGET.min}–${OPENING_TARGET.max} s` : `the round’s target of at most ${TARGET_SECONDS / 60} minutes`}. ${parts
          .slice(0, labels.filter(Boolean).length).map(({ seconds: part, share }, i) => `${labels[i]} ${part} s (${share}%)`).join(' · ')}.`
      : '';
  }

  /** Whether anything has been written: a blank form is not kept. */
  #written(story: Written) {
    return [story.title, story.question, ...STAR_FIELDS.map((part) => story[part]), story.answer, ...story.keyPoints].some(Boolean);
  }

  /** Saves what the form holds to what is stored now; never over another tab's newer copy of this story. `now`: Save now, which says how it went beside itself. */
  #save(now = false) {
    clearTimeout(this.#timers['save']);
    const story: Story = { ...this.#story, ...this.#read(), updated: new Date().toISOString() };
    if (!this.#base && !this.#written(story)) {
      if (now) this.#$('[data-save-status]').textContent = 'Nothing written yet to save.';
      return;
    }
    let theirs: Story | undefined;
    const base = this.#base;
    const saved = this.#stories.change((value) => {
      const here = value.stories.find(({ id }) => id === story.id);
      if (here && here.updated !== base && here.updated !== story.updated) {
        theirs = here;
        return value;
      }
      return putStory(value, story);
    });
    this.#pending = false;
    if (now) this.#$('[data-save-status]').textContent = theirs || !saved ? 'Not saved: see the message at the top.' : `Saved on this device at ${time(story.updated)}.`;
    if (theirs) return this.#conflict(story, theirs);
    this.#story = story;
    if (!saved) {
      this.#pending = true;
      return this.#say('This device would not keep your story (its storage is full or turned off): it stays on this page until you leave it. Download it as MDX to keep it.', true);
    }
    this.#base = story.updated;
    // The address names the story, so a reload comes back to it.
    history.replaceState(history.state, '', editUrl(story.id));
    this.#$<HTMLAnchorElement>('[data-view-link]').href = storyUrl(story.id);
    // Save now said it beside itself: the line at the top is not said twice.
    this.#say(now ? '' : `Saved on this device at ${time(story.updated)}.`);
  }

  /** Another tab saved this story while it was open here: never overwritten without asking. */
  #conflict(mine: Story, theirs: Story) {
    const choice = (label: string, act: () => void) => {
      const button = h('button', { type: 'button' }, label);
      button.addEventListener('click', () => {
        this.#say('');
        act();
      });
      return button;
    };
    this.#pending = true;
    this.#say('');
    this.#$('[data-problem]').replaceChildren(
      h('p', {}, `Another tab saved this story at ${time(theirs.updated)}, after it was opened here: nothing was saved over it. Which to keep?`),
      h('p', {}, `There: “${theirs.title || 'Untitled story'}”. Here: “${mine.title || 'Untitled story'}”.`),
      h(
        'p',
        { className: 'actions' },
        choice('Keep mine', () => {
          this.#base = theirs.updated;
          this.#save();
        }),
        choice('Take the other tab’s', () => this.#take(theirs)),
        choice('Keep both', () => {
          // Yours as a new story; the other tab's stays as it is.
          this.#story = { ...mine, id: blankStory(mine.round).id, created: new Date().toISOString(), title: `${mine.title || 'Untitled story'} (copy)` };
          this.#base = undefined;
          this.#field('title').value = this.#story.title;
          this.#save();
        }),
      ),
    );
  }

  #take(story: Story) {
    this.#story = story;
    this.#base = story.updated;
    this.#pending = false;
    this.#fill(story);
    this.#guide();
    this.#say(`Showing the copy saved at ${time(story.updated)}.`);
  }

  /** Another tab changed the stories: this one, if it changed and nothing is waiting here, is shown as it now is. */
  #elsewhere(value: Stories) {
    const theirs = value.stories.find(({ id }) => id === this.#story.id);
    if (!this.#base) return;
    if (!theirs) return this.#say('This story was deleted in another tab: what is here is kept only if you type again.', true);
    if (theirs.updated === this.#base) return;
    if (this.#pending) this.#conflict({ ...this.#story, ...this.#read() }, theirs);
    else this.#take(theirs);
  }

  #say(message: string, problem = false) {
    this.#$('[data-saved]').textContent = problem ? '' : message;
    this.#$('[data-problem]').textContent = problem ? message : '';
  }

  #download() {
    // What the entry still lacks shows now, beside each field.
    this.#touchAll();
    this.#advise();
    const story = { ...this.#story, ...this.#read() };
    void import('./mdx-file.ts').then(({ downloadMdx }) => downloadMdx(story, JSON.parse(this.dataset['orders']!)));
  }

  async #open(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const { mdxToStory } = await import('./mdx-file.ts');
    const read = mdxToStory(await file.text());
    if (!read) return this.#say(`“${file.name}” is not an entry: it has no frontmatter between --- lines. Nothing changed.`, true);
    this.#touchAll();
    this.#fill({ ...this.#story, ...read } as Story);
    this.#relabel();
    this.#save();
    if (!this.#$('[data-problem]').textContent) this.#say(`Read from “${file.name}” and saved on this device: check it, then go on writing.`);
  }

  #delete() {
    if (!this.#base) return this.#say('Nothing is kept yet to delete.');
    const form = this.#form;
    deleteWithUndo(this.#stories, this.#story, this.#$('[data-saved]'), (back) => {
      form.inert = !back;
      if (back) this.#base = this.#stories.value.stories.find(({ id }) => id === this.#story.id)?.updated;
    });
  }
}

customElements.define('story-editor', StoryEditor);
