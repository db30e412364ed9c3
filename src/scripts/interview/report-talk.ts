// What a mock interview's report says of the conversation around an answer: where the interviewer
// cut in, what was asked and whether the answer still reached its result after it; and for a short
// version, its length against 0:30 and whether its result had a figure (the one set of rules, signals/).
import { clock } from '../../lib/clock.ts';
import { resultReached } from '../../lib/conversation/interruptions.ts';
import { SHORT_SECONDS, shortSignals } from '../../lib/conversation/short.ts';
import type { SessionAnswer } from '../../lib/interview/session.ts';
import type { AttemptRecord } from '../../lib/rehearsal/attempt.ts';
import { saidInParts } from '../../lib/rehearsal/split.ts';
import { sentences } from '../../lib/rehearsal/parts-from-words.ts';
import { modelPartTexts } from '../rehearsal/attempt-view.ts';
import { h } from '../shared/dom.ts';
import type { Asked } from './room-types.ts';

const REACHED = {
  true: 'You still reached your result after it.',
  false: 'You did not get back to your result after it.',
  undefined: 'Mark the parts as you go (M), or add a transcript, to see whether you got back to your result.',
};

/** The interruption of `answer`, if the interviewer cut in. */
export function interruptionLine(answer: SessionAnswer, attempt: AttemptRecord, question: Asked): HTMLElement | '' {
  const cut = answer.interrupted;
  if (!cut) return '';
  const reached = resultReached(cut, attempt.marks, saidInParts(attempt, question.model.star.length ? modelPartTexts(question.model) : undefined));
  return h('p', { className: 'interrupted' }, h('strong', {}, `Interrupted at ${clock(cut.at)}: `), `“${cut.question}” `, REACHED[`${reached}`]);
}

/** A short version's verdict (an answer asked for in 30 s): its length and its result's figure. */
export function shortLines(attempt: AttemptRecord): HTMLElement | '' {
  if (attempt.target !== SHORT_SECONDS) return '';
  const pieces = attempt.pieces?.length ? attempt.pieces : sentences(attempt.transcript ?? '');
  const signals = shortSignals(pieces, Math.min(attempt.seconds, attempt.followUp?.at ?? attempt.seconds));
  const said = pieces.length > 0;
  return h(
    'div',
    { className: 'short-version' },
    h('p', {}, h('strong', {}, 'The short version: '), `${clock(Math.min(attempt.seconds, attempt.followUp?.at ?? attempt.seconds))} of ${clock(SHORT_SECONDS)}.`),
    h('ul', {}, ...signals.filter(({ rule }) => said || rule === 'length').map(({ message }) => h('li', {}, message))),
  );
}
