// The conversation's own questions (your opening, your questions for them) as the room asks them and
// the report shows them: made here for both, since a past report has no set-up run to make them.
import { CLOSING, OPENING, OPENING_LABELS } from '../../lib/conversation/asked.ts';
import type { ModelAnswer } from '../shared/model-answer.ts';
import type { InterviewQuestion } from './questions.ts';

export type TalkQuestion = InterviewQuestion & { model: ModelAnswer };

/** One of the conversation's questions: timed like an answer (its own target), with `answer` shown for it in the report. */
export function talkQuestion(id: string, answer?: DocumentFragment): TalkQuestion | undefined {
  const closing = id === CLOSING.id;
  const base = closing ? CLOSING : id === OPENING.id ? OPENING : undefined;
  if (!base) return undefined;
  const labels = closing ? ['Your questions', '', '', ''] : [...OPENING_LABELS];
  const parts: [number, number, number, number] = [0, 0, 0, 0];
  return {
    ...base,
    round: '',
    kind: 'story',
    parts,
    // Your questions close the interview: no follow-up after them.
    ...(closing && { alone: true as const }),
    model: { rehearsal: { id, kind: 'story', seconds: base.seconds, parts, labels, keyPoints: [], followUps: [] }, star: [], ...(answer && { answer }) },
  };
}
