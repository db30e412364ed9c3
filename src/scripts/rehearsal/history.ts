import { clock } from '../../lib/clock.ts';
import type { AttemptRecord } from '../../lib/rehearsal/attempt.ts';
import type { RehearsalQuestion } from '../../lib/rehearsal/question-data.ts';
import { partSeconds } from '../../lib/rehearsal/parts.ts';
import { countWords, wordsPerMinute } from '../../lib/speaking-time.ts';
import { h } from '../shared/dom.ts';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * One line for an attempt: duration against target, the split, the key points the person ticked
 * (none said where nobody checked them), pace. A transcript's key points are not read from the
 * record here: a live transcript's are found after Stop, by the analysis, and may not be saved yet.
 */
export function describeAttempt(record: AttemptRecord, question: RehearsalQuestion): string {
  const parts = partSeconds({ ...record, followUpAt: record.followUp?.at });
  const split = record.marks.length
    ? question.labels.map((label, i) => `${label} ${parts[i] === null ? '–' : clock(parts[i]!)}`).join(', ')
    : 'parts not marked';
  // The pace as the analysis counts it (transcript.ts), without loading the analysis for a list.
  const wpm = record.transcript ? wordsPerMinute(countWords(record.transcript), record.seconds) : undefined;
  return [
    `${clock(record.seconds)} of about ${clock(record.target)}`,
    split,
    // Ticked by the person, as keyPointsFrom (split.ts) has it: that module loads after Stop, this line before.
    (record.ticked || (!record.transcript && record.keyPoints.includes(true))) && `Key points ${record.keyPoints.filter(Boolean).length}/${record.keyPoints.length} ticked`,
    wpm !== undefined && `${wpm} words a minute`,
    record.followUp && 'follow-up taken',
    record.session && 'in a mock interview',
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
      const button = (label: string, onclick: () => void, disabled = false) => h('button', { type: 'button', disabled, onclick }, label, name.cloneNode(true));
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
        audio
          ? ''
          : h('p', { className: 'muted' }, record.type ? 'Imported without its audio: the recording stays on the device that made it.' : 'Not recorded: a timed run without audio.'),
      );
      return item;
    }),
  );
}
