import { clock } from '../../lib/clock.ts';
import type { AttemptRecord } from '../../lib/rehearsal/attempt.ts';
import type { RehearsalQuestion } from '../../lib/rehearsal/question-data.ts';
import { partSeconds } from '../../lib/rehearsal/split.ts';
import { analyseTranscript } from '../../lib/rehearsal/transcript.ts';
import { h } from './dom.ts';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** One line for an attempt: duration against target, the split, key points, pace. */
export function describeAttempt(record: AttemptRecord, question: RehearsalQuestion): string {
  const parts = partSeconds({ seconds: record.seconds, marks: record.marks, followUpAt: record.followUp?.at });
  const split = record.marks.length
    ? question.labels.map((label, i) => `${label} ${parts[i] === null ? '–' : clock(parts[i]!)}`).join(', ')
    : 'parts not marked';
  const ticked = record.keyPoints.filter(Boolean).length;
  const wpm = record.transcript ? analyseTranscript(record.transcript, record.seconds, []).wpm : undefined;
  return [
    `${clock(record.seconds)} of about ${clock(record.target)}`,
    split,
    `Key points ${ticked}/${record.keyPoints.length}`,
    wpm !== undefined && `${wpm} words a minute`,
    record.followUp && 'follow-up taken',
  ]
    .filter(Boolean)
    .join(' · ');
}

export interface HistoryActions {
  play(record: AttemptRecord, item: HTMLElement): void;
  download(record: AttemptRecord): void;
  remove(record: AttemptRecord): void;
}

/** The question's attempts, newest first, each with play, download and delete. */
export function renderHistory(list: HTMLElement, attempts: AttemptRecord[], question: RehearsalQuestion, actions: HistoryActions): void {
  list.replaceChildren(
    ...attempts.map((record) => {
      const name = h('span', { className: 'visually-hidden' }, ` the attempt of ${when(record.at)}`);
      const button = (label: string, act: () => void, disabled = false) => {
        const element = h('button', { type: 'button', disabled }, label, name.cloneNode(true));
        element.addEventListener('click', act);
        return element;
      };
      const item = h('li', {}, h('p', {}, h('strong', {}, when(record.at)), ` · ${describeAttempt(record, question)}`));
      const audio = record.bytes > 0;
      item.append(
        h(
          'div',
          { className: 'actions' },
          button('Play', () => actions.play(record, item), !audio),
          button('Download', () => actions.download(record), !audio),
          button('Delete', () => actions.remove(record)),
        ),
        audio ? '' : h('p', { className: 'muted' }, 'Imported without its audio: the recording stays on the device that made it.'),
      );
      return item;
    }),
  );
}
