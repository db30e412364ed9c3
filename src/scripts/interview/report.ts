// A mock interview's report: the overall figures and what to work on first, then each answer as
// the Rehearse panel shows an attempt (recording, split, key points, transcript), with the
// follow-up asked, the model answer behind a disclosure, a self-rating and Retry. Printable, one
// answer per block.
import { clock } from '../../lib/clock.ts';
import { interviewAdvice, weakestQuestions } from '../../lib/interview/advice.ts';
import { sessionFigures } from '../../lib/interview/figures.ts';
import { keyPointShare, type SessionAnswer, type SessionRecord } from '../../lib/interview/session.ts';
import { keyPointsFrom } from '../../lib/rehearsal/split.ts';
import { PACE_BAND } from '../../lib/rehearsal/transcript.ts';
import { RATINGS, RATING_LABELS, type Rating } from '../../lib/progress.ts';
import type { AttemptRecord } from '../../lib/rehearsal/attempt.ts';
import { FOLLOW_UP_SECONDS } from '../../lib/rehearsal/follow-ups.ts';
import { getAttempts, getAudio, updateAttempt } from '../../lib/rehearsal/store.ts';
import { listOf, plural } from '../../lib/words.ts';
import { attemptView, modelPartTexts, type AttemptView } from '../rehearsal/attempt-view.ts';
import { h } from '../shared/dom.ts';
import type { RoomRecords } from './room-records.ts';
import type { RoomSaving } from './room-saving.ts';
import { SHORT_SECONDS } from '../../lib/conversation/asked.ts';
import type { Asked, StartOptions } from './room-types.ts';

/** An answer as the report shows it: the attempt that holds it, its question, and its audio if any. */
interface ReportAnswer {
  answer: SessionAnswer;
  attempt: AttemptRecord;
  question: Asked;
  audio?: Blob | undefined;
}

/** The room, as its report uses it: what it keeps, its saving and set-up, and the ways back in. */
export interface ReportRoom extends HTMLElement {
  readonly records: RoomRecords;
  /** What the report changes is saved through it, which says why not (at the top). */
  readonly saving: RoomSaving;
  /** The set-up, and every question the page offers (the study plan covers them all). */
  readonly options: StartOptions;
  /** The session changed (a rating, a tick, a transcript, the figures): save it. */
  saveSession(): void;
  retry(report: Report, index: number): Promise<void>;
  start(options: StartOptions): Promise<void>;
}

/** An interview kept on this device, read back for its report: its answers' attempts and their audio, from the store. */
export async function readKept(records: RoomRecords, session: SessionRecord): Promise<void> {
  records.session = session;
  const attempts = await getAttempts(session.answers.map((answer) => answer.attempt));
  records.attempts.clear();
  records.audio.clear();
  for (const attempt of attempts) records.attempts.set(attempt.id, attempt);
  // Your opening and your questions for them are the conversation's own, in no list of questions
  // (their code loads with a session that asked them).
  const unlisted = session.answers.filter(({ question }) => !records.asked.has(question));
  if (unlisted.length) {
    const { talkQuestion } = await import('./talk-questions.ts');
    for (const { question } of unlisted) {
      const own = talkQuestion(question);
      if (own) records.asked.set(question, { ...own, askedBefore: [] });
    }
  }
  await Promise.all(
    attempts
      .filter((attempt) => attempt.bytes > 0)
      .map(async (attempt) => {
        const blob = await getAudio(attempt.id).catch(() => undefined);
        if (blob) records.audio.set(attempt.id, blob);
      }),
  );
}

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export class Report {
  element: HTMLElement;
  #session: SessionRecord;
  #answers: ReportAnswer[];
  #room: ReportRoom;
  #overall = h('div', { className: 'report-overall' });
  #problem = h('p', { role: 'alert', className: 'problem' });
  #kept = h('p', { role: 'status', className: 'muted' });
  #heading = h('h2', { tabIndex: -1 }, 'Your interview report');
  #views: AttemptView[] = [];
  #blocks: HTMLElement[] = [];
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #unsaved = new Set<AttemptRecord>();

  /**
   * The report of what `room` keeps (each answer with its attempt, question and audio), written in
   * the room in place of its screen, focused on the answer at `focus` (a retry's) or its heading.
   */
  constructor(room: ReportRoom, focus?: number) {
    const { records } = room;
    const { session, attempts, audio } = records;
    const answers = session.answers.flatMap((answer) => {
      const attempt = attempts.get(answer.attempt);
      const question = records.asked.get(answer.question);
      return attempt && question ? [{ answer, attempt, question, audio: audio.get(attempt.id) }] : [];
    });
    this.#session = session;
    this.#answers = answers;
    this.#room = room;
    this.#problem.textContent = room.saving.problem;
    // Each answer as the Rehearse panel shows it: its key points heard in a transcript are found then.
    this.#blocks = answers.map((row, index) => this.#block(row, index));
    const weakest = weakestQuestions(answers.map((row) => ({ ...row.answer, attempt: row.attempt })), 3);
    const again = h('button', { type: 'button', className: 'primary', hidden: weakest.length === 0 }, `Run again with the weakest ${Math.min(3, weakest.length)}`);
    again.addEventListener('click', () => {
      const only = weakestQuestions(this.#answers.map((row) => ({ ...row.answer, attempt: row.attempt })), 3);
      void room.start({ ...room.options, setup: { ...session.setup, count: '3' }, only });
    });
    const print = h('button', { type: 'button' }, 'Print the report');
    print.addEventListener('click', () => print.ownerDocument.defaultView?.print());
    const fresh = h('button', { type: 'button' }, 'Set up a new interview');
    fresh.addEventListener('click', () => this.element.dispatchEvent(new Event('interview-new', { bubbles: true })));
    const asked = session.questions.length;
    this.element = h(
      'section',
      { className: 'report rehearsal', 'aria-labelledby': 'report-heading' },
      this.#heading,
      h(
        'p',
        { className: 'muted' },
        `${when(session.at)} · ${plural(answers.length, 'answer')} of ${plural(asked, 'question')}${session.ended ? '' : ' · interrupted before the end (a reload or a closed tab): the answers given so far are here'}`,
      ),
      this.#problem,
      this.#kept,
      this.#overall,
      h('div', { className: 'report-actions', 'data-print': 'hide' }, again, print, fresh),
      h('h3', { className: 'report-answers-heading' }, answers.length ? 'Answer by answer' : 'No answer was given'),
      ...this.#blocks,
    );
    this.#heading.id = 'report-heading';
    this.#showOverall();
    room.replaceChildren(this.element);
    this.focus(focus);
    // The figures are worked out: the list of past interviews shows them.
    if (session.answers.length) room.saveSession();
  }

  /** Focus on the report, or on one answer (after a retry). */
  focus(index?: number) {
    const target = index === undefined ? this.#heading : this.#blocks[index]?.querySelector('h3');
    target?.setAttribute('tabindex', '-1');
    target?.focus();
    target?.scrollIntoView({ block: 'start' });
  }

  problem(message: string) {
    this.#problem.textContent = message;
    this.#kept.textContent = '';
  }

  /** A save has finished: said, unless an earlier one failed (the problem stands). */
  kept() {
    if (!this.#problem.textContent) this.#kept.textContent = 'Saved on this device.';
  }

  /** Total time, answers within time, key points said, pace and fillers; then what to work on first.
   * The session keeps the figures, for the list of past interviews. */
  #showOverall() {
    const inputs = this.#answers.map(({ attempt, answer, question }) => ({
      attempt,
      limit: answer.limit,
      modelWords: question.model.rehearsal.parts,
      labels: question.model.rehearsal.labels,
      title: question.title,
      words: modelPartTexts(question.model),
    }));
    const figures = sessionFigures(inputs);
    this.#session.figures = figures;
    const share = keyPointShare(figures);
    const { workOn, wentWell } = interviewAdvice(inputs);
    // A tile each: what it counts, the figure (none where nothing measured it), then where it came from.
    const tile = (term: string, figure: string | false, detail = '') =>
      h('div', {}, h('dt', {}, term), figure !== false && h('dd', { className: 'figure' }, figure), detail && h('dd', {}, detail));
    // Each figure says what it was measured from, and none is shown that nothing measured.
    const noTranscript = 'no transcript yet: type or paste one under an answer';
    const from = this.#answers.map(({ attempt }) => keyPointsFrom(attempt));
    const count = (source: (typeof from)[number]) => from.filter((found) => found === source).length;
    const answersOf = (n: number) => (n === this.#answers.length ? '' : ` (${plural(n, 'answer')})`);
    const sources = listOf([count('ticked') && `your ticks${answersOf(count('ticked'))}`, count('heard') && `the transcript${answersOf(count('heard'))}`]);
    const keyPoints =
      share !== undefined
        ? ` (${figures.keyPointsSaid} of ${figures.keyPoints}), from ${sources}${count(undefined) ? `; not checked in ${plural(count(undefined), 'answer')}` : ''}`
        : this.#answers.some(({ attempt }) => attempt.keyPoints.length)
          ? 'not checked — tick them under each answer, or type what you said'
          : 'none to say';
    const transcribed = this.#answers.filter(({ attempt }) => attempt.transcript?.trim()).length;
    const ofTranscripts = `from ${transcribed === 1 ? 'the transcript' : 'the transcripts'}${answersOf(transcribed)}`;
    this.#overall.replaceChildren(
      h(
        'dl',
        { className: 'figures' },
        tile('Total time', clock(this.#session.seconds), ' in the room (pauses left out)'),
        tile('Answers within time', `${figures.withinTime} of ${figures.answers}`),
        tile('Key points said', share !== undefined && `${share}%`, keyPoints),
        tile('Average pace', figures.wpm !== undefined && String(figures.wpm), figures.wpm === undefined ? noTranscript : ` words a minute, ${ofTranscripts} (${PACE_BAND.slow}–${PACE_BAND.fast} suggested)`),
        tile('Filler words', figures.fillersPerMinute !== undefined && String(figures.fillersPerMinute), figures.fillersPerMinute === undefined ? noTranscript : ` a minute, ${ofTranscripts}`),
      ),
      h('h3', {}, 'Work on first'),
      workOn.length ? h('ol', { className: 'advice' }, ...workOn.map((item) => h('li', {}, item.message))) : h('p', {}, 'Nothing stands out in these figures. Run the weakest again, or shuffle the order.'),
      wentWell.length ? h('h3', {}, 'What went well') : '',
      wentWell.length ? h('ul', { className: 'advice' }, ...wentWell.map((item) => h('li', {}, item))) : '',
    );
  }

  /** Ticks and transcripts change the figures: shown at once, saved a moment after the last change. */
  #changed(attempt?: AttemptRecord) {
    this.#showOverall();
    if (attempt) this.#unsaved.add(attempt);
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => {
      for (const changed of this.#unsaved) void this.#room.saving.run(() => updateAttempt(changed));
      this.#room.saveSession();
      this.#unsaved.clear();
    }, 400);
  }

  #block(row: ReportAnswer, index: number): HTMLElement {
    const { attempt, answer, question } = row;
    const view = attemptView(attempt, question.model.rehearsal, { audio: row.audio, limit: answer.limit, onChange: () => this.#changed(attempt), words: Promise.resolve(modelPartTexts(question.model)) });
    this.#views.push(view);
    const follow = attempt.followUp;
    const followSeconds = follow?.at === undefined ? undefined : Math.max(0, attempt.seconds - follow.at);
    // A story of yours shows your own answer here.
    const model = h('details', { className: 'model' }, h('summary', {}, question.own ? 'Your answer' : 'The model answer'));
    if (question.model.star.length) {
      model.append(h('dl', { className: 'star-lines' }, ...question.model.star.map((line) => h('div', {}, h('dt', {}, line.label), h('dd', {}, line.text)))));
    }
    if (question.model.answer) model.append(h('div', { className: 'prose' }, question.model.answer.cloneNode(true)));
    // Yours without a whole answer: the four lines are the answer.
    else if (!question.own) model.append(h('p', {}, 'The model answer could not be loaded here: open the question’s page.'));

    const ratings = RATINGS.map((rating) => {
      const button = h('button', { type: 'button', 'aria-pressed': String(answer.rating?.rating === rating) }, RATING_LABELS[rating]);
      button.addEventListener('click', () => this.#rate(answer, rating, ratings));
      return button;
    });
    // Where the interviewer cut in, and a short version's verdict: their code loads with a report that has one.
    const talk = h('div', { className: 'talk' });
    if (answer.interrupted || attempt.target === SHORT_SECONDS)
      void import('./report-talk.ts').then(({ interruptionLine, shortLines }) => talk.replaceChildren(shortLines(attempt), interruptionLine(answer, attempt, question)));
    const retry = h('button', { type: 'button', 'data-print': 'hide' }, 'Retry this question');
    retry.addEventListener('click', () => void this.#room.retry(this, index));
    return h(
      'article',
      { className: 'report-answer surface', 'aria-labelledby': `answer-${index}-title` },
      h('h3', { id: `answer-${index}-title` }, `${index + 1}. ${question.title}`),
      h('p', { className: 'question' }, question.question),
      view.element,
      talk,
      follow
        ? h('p', {}, h('strong', {}, 'Follow-up asked: '), follow.question, followSeconds === undefined ? '' : ` (answered in ${clock(followSeconds)} of ${clock(FOLLOW_UP_SECONDS)})`)
        : '',
      model,
      h('fieldset', { className: 'rating' }, h('legend', {}, 'How did it go?'), ...ratings),
      retry,
    );
  }

  /** A rating goes to the practice progress too, from the interview, and the study plan takes it in (report-rating.ts). */
  #rate(answer: SessionAnswer, rating: Rating, buttons: HTMLButtonElement[]) {
    void import('./report-rating.ts').then(({ rateFromReport }) => {
      answer.rating = rateFromReport(answer.question, rating, this.#room.options.questions, (message) => this.problem(message)).questions[answer.question]!;
      buttons.forEach((button, i) => button.setAttribute('aria-pressed', String(RATINGS[i] === rating)));
      this.#changed();
    });
  }
}
