// One recorded answer, looked at afterwards: the recording, its length, the time per part against
// the model answer's split, the warnings, the key points to tick and the transcript's analysis.
// The Rehearse panel shows one after Stop; a mock interview's report shows one per answer.
import { clock } from '../../lib/clock.ts';
import { audioFileName, type AttemptRecord } from '../../lib/rehearsal/attempt.ts';
import type { RehearsalQuestion } from '../../lib/rehearsal/question-data.ts';
import { attemptSignals, keyPointsFrom, modelShares, partSeconds, saidInParts, splitWarnings } from '../../lib/rehearsal/split.ts';
import { partStarts, wordAdvice, type PartTexts } from '../../lib/rehearsal/parts-from-words.ts';
import { PACE_BAND, analyseTranscript } from '../../lib/rehearsal/transcript.ts';
import { lengthVerdict } from '../../lib/signals/signals.ts';
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

/** "2:31 of about 2:00" in the panel; "2:31, 0:01 over the 2:30 allowed" in an interview. */
function lengthLine(record: AttemptRecord, limit: number | null | undefined): (Node | string)[] {
  const answer = Math.min(record.seconds, record.followUp?.at ?? record.seconds);
  const shown = limit === undefined ? record.seconds : answer;
  const rest =
    limit === undefined
      ? ` of about ${clock(record.target)}`
      : limit === null
        ? ', no time limit'
        : answer > limit
          ? `, ${clock(answer - limit)} over the ${clock(limit)} allowed`
          : // Under a third of its time an answer is short, never "within time".
            lengthVerdict(answer, record.target) === 'short'
            ? `, short: under a third of its ${clock(record.target)}`
            : `, within the ${clock(limit)} allowed`;
  return [h('span', { 'data-duration': '' }, clock(shown)), rest];
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
  // The ticks the person set, which a transcript never changes: all of them once they have ticked any.
  const touched = new Set<number>(keyPointsFrom(record) === 'ticked' ? question.keyPoints.keys() : []);
  /** Where the transcript's words come from, for each figure read from them. */
  const heard = () => (record.pieces?.length ? 'the live transcript' : 'your transcript');
  const parts = partSeconds({ seconds: record.seconds, marks: record.marks, followUpAt: record.followUp?.at });
  const shares = modelShares(question.parts);
  const answer = parts.reduce<number>((sum, part) => sum + (part ?? 0), 0);
  const warnings = splitWarnings({ ...record, followUpAt: record.followUp?.at, modelWords: question.parts, target: question.seconds, labels: question.labels });

  /** A part's line: its swatch, name and figures; under it, the words counted as it, when known. */
  const partLine = (label: string, i: number, yours: string, under?: string[]) => {
    const model = `model ${Math.round((shares[i] ?? 0) * 100)}%`;
    return h(
      'li',
      {},
      h('span', { className: `swatch part-${i}`, 'aria-hidden': 'true' }),
      h('strong', {}, label),
      yours ? `: ${yours} (${model})` : ` (${model})`,
      under && h('p', { className: 'muted said' }, under.length ? `“${under.join(' ')}”` : 'No words heard here.'),
    );
  };
  const pressedLines = (under?: string[][]) =>
    question.labels.map((label, i) => {
      const mine = parts[i] ?? null;
      return partLine(label, i, record.marks.length === 0 ? '' : mine === null ? 'not reached' : `${clock(mine)}, ${Math.round((mine / (answer || 1)) * 100)}%`, under?.[i]);
    });
  const splitList = h('ul', { className: 'split' }, ...pressedLines());

  // The parts found from the words, where fewer than all were marked: the presses win where made.
  // Under each part, the words counted as it; then what an interviewer hears in them (signals/).
  const unmarked = h('p', { className: 'muted' }, 'Mark each part as you speak (Next part, or M) to see how long each took.');
  const fromWords = h('div', { className: 'from-words' });
  const signals = h('div', { className: 'signals' });
  let texts: PartTexts | undefined;
  const showSaid = () => {
    fromWords.replaceChildren();
    const said = saidInParts(record, texts);
    const { split, assigned } = said;
    const under = assigned && question.labels.map((_, i) => said.pieces.filter((_, at) => assigned[at] === i).map((piece) => piece.text.trim()));
    const byTime = said.pieces.every((piece) => piece.at !== undefined);
    const pressed = record.marks.length > 0;
    const found = split?.verdict === 'parts' && record.marks.length < 3 && (!pressed || split.timed);
    splitList.replaceChildren(...pressedLines(byTime && !found ? under : undefined));
    const text = record.transcript?.trim();
    signals.replaceChildren(
      ...(text
        ? [
            h('h4', {}, 'What an interviewer hears'),
            h('p', {}, h('strong', {}, `From ${heard()}`), assigned ? ':' : ' (mark the parts as you speak, or say more, to hear how your action and result are told):'),
            h(
              'ul',
              { className: 'warnings' },
              ...attemptSignals(said, Math.min(record.seconds, record.followUp?.at ?? record.seconds), record.target, question.labels).map(({ ok, message, quotes }) =>
                h('li', { 'data-ok': String(ok) }, h('span', { className: 'mark', 'aria-hidden': 'true' }, ok ? '✓' : '!'), message, quotes.length > 1 ? h('span', { className: 'quotes' }, ` Also: ${quotes.slice(1).map((quote) => `“${quote}”`).join(', ')}.`) : ''),
              ),
            ),
          ]
        : []),
    );
    if (!split || (pressed && !found)) return;
    const end = Math.min(record.seconds, record.followUp?.at ?? record.seconds);
    unmarked.hidden = !pressed;
    const starts = [0, ...partStarts(record.marks, split)];
    const line = (label: string, i: number) => {
      let yours = 'not heard';
      if (split.verdict === 'parts' && split.timed) {
        const start = starts[i];
        const next = starts.slice(i + 1).find((at) => at !== undefined) ?? end;
        if (start !== undefined) yours = `${clock(next - start)}, ${Math.round(((next - start) / (end || 1)) * 100)}%`;
      } else if (split.verdict === 'parts' && split.parts[i]!.heard) yours = `${Math.round(split.parts[i]!.share * 100)}% of the words`;
      return partLine(label, i, yours, under?.[i]);
    };
    const advice = pressed ? [] : wordAdvice(split, question.labels);
    fromWords.append(
      found ? h('p', {}, h('strong', {}, 'From your words'), pressed ? ' (after the parts you marked):' : split.timed ? ' (the live transcript):' : ' (the transcript, by its words):') : '',
      found ? h('ul', { className: 'split' }, ...question.labels.map(line)) : '',
      advice.length ? h('ul', { className: 'warnings' }, ...advice.map((item) => h('li', {}, item))) : found && !pressed ? h('p', {}, 'No warnings: a balanced answer.') : '',
    );
    splitList.hidden = found && !pressed;
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
      h('p', {}, h('strong', {}, `From ${heard()}`), ':'),
      h(
        'dl',
        {},
        ...row(
          'Pace',
          `${result.wpm} words a minute, ${result.pace === 'in band' ? 'within' : result.pace === 'slow' ? 'slower than' : 'faster than'} the ${PACE_BAND.slow}–${PACE_BAND.fast} most coaches suggest `,
          h('meter', { min: 80, max: 220, low: PACE_BAND.slow, high: PACE_BAND.fast, optimum: 145, value: result.wpm ?? 0, 'aria-label': 'Pace against the suggested band' }),
        ),
        ...row('Filler words', result.fillerCount ? `${result.fillersPerMinute} a minute (${fillers})` : 'none heard'),
        ...row('Key points heard', `${result.keyPoints.filter(Boolean).length} of ${result.keyPoints.length} (ticked below; change any tick)`),
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
    record.marks.length ? h('p', {}, h('strong', {}, 'From your presses'), ' (Next part):') : '',
    record.marks.length ? h('div', { className: 'bars', 'aria-hidden': 'true' }, bar(parts.map((p) => p ?? 0), 'You'), bar(shares, 'Model')) : '',
    splitList,
    fromWords,
    record.marks.length === 0
      ? unmarked
      : warnings.length === 0
        ? h('p', {}, 'No warnings: a balanced answer.')
        : h('ul', { className: 'warnings' }, ...warnings.map((w) => h('li', {}, w.message))),
    boxes.length
      ? h('fieldset', {}, h('legend', {}, 'Key points: I said this'), ...boxes.map((b) => b.label), count)
      : h('p', { className: 'muted' }, 'The key points could not be read: open the question’s page to check them.'),
    h('label', { htmlFor: transcript.id }, 'Transcript'),
    h('p', { className: 'muted', id: `${transcript.id}-hint` }, 'Type or paste what you said (your phone’s dictation works), for pace, filler words, “I” and “we”, and the key points heard.'),
    transcript,
    analysis,
  );
  transcript.setAttribute('aria-describedby', `${transcript.id}-hint`);
  analyse();
  return { element, dispose: () => url && URL.revokeObjectURL(url) };
}
