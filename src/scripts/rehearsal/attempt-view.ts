// One recorded answer, looked at afterwards: the recording, its length, the time per part against
// the model answer's split, the warnings, the key points to tick and the transcript's analysis.
// The Rehearse panel shows one after Stop; a mock interview's report shows one per answer.
import { clock } from '../../lib/clock.ts';
import { audioFileName, type AttemptRecord } from '../../lib/rehearsal/attempt.ts';
import type { RehearsalQuestion } from '../../lib/rehearsal/question-data.ts';
import { SHORT_SECONDS } from '../../lib/conversation/asked.ts';
import { attemptSignals, keyPointsFrom, modelShares, partSeconds, saidInParts, splitWarnings } from '../../lib/rehearsal/split.ts';
import { partStarts, wordAdvice, type PartTexts } from '../../lib/rehearsal/parts-from-words.ts';
import { PACE_BAND, analyseTranscript } from '../../lib/rehearsal/transcript.ts';
import { bytes, download, h } from '../shared/dom.ts';
import lengthUrl from './recording-length.ts?worker&url';

export { modelPartTexts, partTextsFor } from './part-texts.ts';

export interface AttemptViewOptions {
  /** The recording, when this page has it (a failed save keeps it here). */
  audio?: Blob | undefined;
  /** A mock interview's time for the answer (null: no limit); without it, the answer's target. */
  limit?: number | null;
  /** Called after the person ticks a key point or edits the transcript; the record is changed in place. */
  onChange(): void;
  /** What the story's parts say (part-texts.ts), to find the parts in the transcript's words where none was marked. */
  words?: Promise<PartTexts | undefined> | undefined;
}

export interface AttemptView {
  element: HTMLElement;
  /** Releases the recording's address when the view is replaced. */
  dispose(): void;
}

/** The coloured bar of four parts, proportional to `values`. */
function bar(values: readonly number[], label: string): HTMLElement {
  return h(
    'div',
    { className: 'bar' },
    h('span', { className: 'bar-label' }, label),
    ...values.map((value, i) => {
      const segment = h('span', { className: `part part-${i}` });
      segment.style.flexGrow = String(value);
      return segment;
    }),
  );
}

/**
 * "2:31 of about 2:00" in the panel; "2:31, 0:01 over the 2:30 allowed" or "0:40 of the 2:30
 * allowed" in an interview (never "within time": an answer under a third of it is short, which
 * what an interviewer hears says).
 */
function lengthLine(record: AttemptRecord, limit: number | null | undefined): (Node | string)[] {
  const answer = Math.min(record.seconds, record.followUp?.at ?? record.seconds);
  const rest =
    limit === undefined ? ` of about ${clock(record.target)}` : limit === null ? ', no time limit' : answer > limit ? `, ${clock(answer - limit)} over the ${clock(limit)} allowed` : ` of the ${clock(limit)} allowed`;
  return [h('span', { 'data-duration': '' }, clock(limit === undefined ? record.seconds : answer)), rest];
}

/**
 * A recording's player: with the camera, the picture as the interviewer saw it (not mirrored), sized
 * here (the pages' styles stay as they are for sound). A recording kept before its length was written
 * in is mended as it plays (recording-length.ts, a build of its own).
 */
export function player(record: AttemptRecord, audio: Blob, src = URL.createObjectURL(audio)): HTMLMediaElement {
  const onloadedmetadata = ({ target }: Event) =>
    void (import(/* @vite-ignore */ lengthUrl) as Promise<typeof import('./recording-length.ts')>).then((length) => length.mend(target as HTMLMediaElement, audio, record.seconds));
  if (!record.type.startsWith('video')) return h('audio', { controls: true, src, onloadedmetadata });
  const video = h('video', { controls: true, src, playsInline: true, preload: 'metadata', onloadedmetadata });
  video.style.cssText = 'width:40rem;max-width:100%;aspect-ratio:16/9;background:#000';
  return video;
}

export function attemptView(record: AttemptRecord, question: RehearsalQuestion, { audio, limit, onChange, words }: AttemptViewOptions): AttemptView {
  const url = audio?.size ? URL.createObjectURL(audio) : undefined;
  const { labels } = question;
  // The ticks the person set, which a transcript never changes: all of them once they have ticked any.
  const touched = new Set<number>(keyPointsFrom(record) === 'ticked' ? question.keyPoints.keys() : []);
  /** Where the transcript's words come from, for each figure read from them. */
  const heard = () => (record.pieces?.length ? 'the live transcript' : 'your transcript');
  const pressed = record.marks.length > 0;
  // The answer itself: a follow-up asked during the recording ends it. Its parts' times add up to it.
  const end = Math.min(record.seconds, record.followUp?.at ?? record.seconds);
  const parts = partSeconds({ seconds: record.seconds, marks: record.marks, followUpAt: record.followUp?.at });
  const shares = modelShares(question.parts);
  const percent = (share: number) => `${Math.round(share * 100)}%`;
  const timed = (seconds: number) => `${clock(seconds)}, ${percent(seconds / (end || 1))}`;
  const warnings = splitWarnings({ ...record, followUpAt: record.followUp?.at, modelWords: question.parts, labels });
  /** Where the figures after it come from: "From your presses (Next part):". */
  const from = (source: string, rest = ':') => h('p', {}, h('strong', {}, source), rest);

  /** The four parts' lines: swatch, name and figure (`yours`); under each, the words counted as it, when known. */
  const partLines = (yours: (i: number) => string, under?: string[][]) =>
    labels.map((label, i) =>
      h(
        'li',
        {},
        h('span', { className: `swatch part-${i}`, 'aria-hidden': 'true' }),
        h('strong', {}, label),
        `${yours(i) && `: ${yours(i)}`} (model ${percent(shares[i] ?? 0)})`,
        under && h('p', { className: 'muted said' }, under[i]!.length ? `“${under[i]!.join(' ')}”` : 'No words heard here.'),
      ),
    );
  const bars = pressed && h('div', { className: 'bars', 'aria-hidden': 'true' }, bar(parts.map((p) => p ?? 0), 'You'), bar(shares, 'Model'));

  // Time per part: from the presses, and from the words where fewer than all were marked (the
  // presses win where made), with the words counted as each part under it; then what an
  // interviewer hears in them (signals/).
  const timing = h('div', { className: 'parts' });
  const signals = h('div', { className: 'signals' });
  let texts: PartTexts | undefined;
  let short: typeof import('../../lib/conversation/short.ts').shortSignals | undefined;
  if (record.target === SHORT_SECONDS)
    void import('../../lib/conversation/short.ts').then((module) => {
      short = module.shortSignals;
      showSaid();
    });
  const showSaid = () => {
    const said = saidInParts(record, texts);
    const { split, assigned, pieces } = said;
    const found = split?.verdict === 'parts' && record.marks.length < 3 && (!pressed || split.timed);
    const starts = found ? [0, ...partStarts(record.marks, split)] : [];
    const figure = (i: number) => {
      const start = starts[i];
      if (!found) return pressed ? (parts[i] == null ? 'not reached' : timed(parts[i]!)) : '';
      if (split.timed) return start === undefined ? 'not heard' : timed((starts.slice(i + 1).find((at) => at !== undefined) ?? end) - start);
      return split.parts[i]!.heard ? `${percent(split.parts[i]!.share)} of the words` : 'not heard';
    };
    const under = assigned && (found || pieces.every((piece) => piece.at !== undefined)) ? labels.map((_, i) => pieces.filter((_, at) => assigned[at] === i).map((piece) => piece.text.trim())) : undefined;
    // Advice on the parts: the presses' warnings, or what the words found; before either, how to get it.
    const advice = pressed ? warnings.map((warning) => warning.message) : split && wordAdvice(split, labels);
    timing.replaceChildren(
      ...[
        pressed && from('From your presses', ' (Next part):'),
        bars,
        found && from('From your words', pressed ? ' (after the parts you marked):' : split.timed ? ' (the live transcript):' : ' (the transcript, by its words):'),
        h('ul', { className: 'split' }, ...partLines(figure, under)),
        !advice
          ? h('p', { className: 'muted' }, 'Mark each part as you speak (Next part, or M) to see how long each took.')
          : advice.length
            ? h('ul', { className: 'warnings' }, ...advice.map((item) => h('li', {}, item)))
            : (pressed || found) && h('p', {}, 'No warnings: a balanced answer.'),
      ].filter((node) => node instanceof Node),
    );
    // Its length is the clock's, said with or without a transcript; the rest only from one.
    const text = record.transcript?.trim();
    signals.replaceChildren(
      h('h4', {}, 'What an interviewer hears'),
      text ? from(`From ${heard()}`, assigned ? ':' : ' (mark the parts as you speak to hear of your action and result):') : '',
      h(
        'ul',
        { className: 'warnings' },
        // A short version (its target 0:30) is judged as one: its length, and its result's figure
        // within the 30 s (its rules load with its first attempt: most attempts are not one).
        ...(short ? short(said.pieces, end) : attemptSignals(said, end, record.target, labels))
          .filter(({ rule }) => text || rule === 'length')
          .map(({ ok, message, quotes }) => h('li', {}, h('span', { className: 'mark', 'aria-hidden': 'true' }, ok ? '✓' : '!'), message, quotes[1] && ` Also: ${quotes.slice(1).map((quote) => `“${quote}”`).join(', ')}.`)),
      ),
    );
  };
  void words?.then((found) => {
    texts = found;
    showSaid();
  });

  // A figure only where something checked them: the person's ticks or the transcript; else what to do.
  const count = h('p', {});
  const showCount = () => {
    const from = keyPointsFrom(record);
    count.textContent = from
      ? `Key points ${record.keyPoints.filter(Boolean).length} of ${record.keyPoints.length}, from ${from === 'ticked' ? 'your ticks' : heard()}`
      : 'Key points: not checked — tick them, or type what you said.';
  };
  const boxes = question.keyPoints.map((point, i) => {
    const box = h('input', { type: 'checkbox', checked: record.keyPoints[i] ?? false });
    box.addEventListener('change', () => {
      touched.add(i);
      record.ticked = true;
      record.keyPoints[i] = box.checked;
      showCount();
      onChange();
    });
    return { box, label: h('label', {}, box, point) };
  });
  showCount();

  const transcript = h('textarea', { id: `transcript-${record.id}`, rows: 4, value: record.transcript ?? '' });
  const analysis = h('div', { className: 'analysis', 'aria-live': 'polite' });
  const analyse = () => {
    record.transcript = transcript.value;
    const text = transcript.value.trim();
    // The transcript is of the whole recording, follow-up included: so is its pace.
    const result = text ? analyseTranscript(text, record.seconds, question.keyPoints) : undefined;
    // The ticks follow the transcript, but for those the person set; with no transcript, none of its ticks stay.
    boxes.forEach(({ box }, i) => {
      if (!touched.has(i)) record.keyPoints[i] = box.checked = result?.keyPoints[i] ?? false;
    });
    showCount();
    showSaid();
    if (!result) return analysis.replaceChildren();
    const fillers = Object.entries(result.fillers)
      .map(([word, n]) => `“${word}” ${n}`)
      .join(', ');
    const row = (term: string, ...detail: (Node | string)[]) => [h('dt', {}, term), h('dd', {}, ...detail)];
    analysis.replaceChildren(
      from(`From ${heard()}`),
      h(
        'dl',
        {},
        ...row(
          'Pace',
          `${result.wpm} words a minute, ${result.pace === 'in band' ? 'within' : result.pace === 'slow' ? 'slower than' : 'faster than'} the ${PACE_BAND.slow}–${PACE_BAND.fast} most coaches suggest `,
          h('meter', { min: 80, max: 220, low: PACE_BAND.slow, high: PACE_BAND.fast, optimum: 145, value: result.wpm ?? 0, 'aria-label': 'Pace against the suggested band' }),
        ),
        ...row('Filler words', result.fillerCount ? `${result.fillersPerMinute} a minute (${fillers})` : 'none heard'),
      ),
    );
  };
  transcript.addEventListener('input', () => {
    // Edited by hand: the live transcript's times no longer match its words, which are read by themselves.
    delete record.pieces;
    analyse();
    onChange();
  });

  const save = h('button', { type: 'button', disabled: !url }, 'Download');
  save.addEventListener('click', () => audio && download(audio, audioFileName(record)));
  const element = h(
    'div',
    { className: 'attempt-view' },
    url
      ? player(record, audio!, url)
      : h('p', { className: 'muted' }, !record.type ? 'Not recorded: a timed run without audio.' : record.bytes ? 'The recording could not be read here.' : 'Imported without its audio: the recording stays on the device that made it.'),
    h('p', { className: 'meta' }, ...lengthLine(record, limit), url ? ` · ${bytes(audio!.size)} ` : '', url ? save : ''),
    h('h4', {}, 'Time per part'),
    timing,
    signals,
    boxes.length
      ? h('fieldset', {}, h('legend', {}, 'Key points: I said this'), ...boxes.map((b) => b.label), count)
      : h('p', { className: 'muted' }, 'The key points could not be read: open the question’s page to check them.'),
    h('label', { htmlFor: transcript.id }, 'Transcript'),
    h('p', { className: 'muted', id: `${transcript.id}-hint` }, 'Type or paste what you said (your phone’s dictation works).'),
    transcript,
    analysis,
  );
  transcript.setAttribute('aria-describedby', `${transcript.id}-hint`);
  analyse();
  return { element, dispose: () => url && URL.revokeObjectURL(url) };
}
