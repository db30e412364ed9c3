// What the room keeps of an interview for its report: the session record, each question asked with
// what its own page holds, and each answer's attempt and audio (in memory; the store has them too:
// the report reads a past interview's back, report.ts's readKept).
import { SESSION_VERSION, type SessionRecord } from '../../lib/interview/session.ts';
import type { AttemptRecord } from '../../lib/rehearsal/attempt.ts';
import * as store from '../../lib/rehearsal/store.ts';
import { modelAnswer } from '../shared/model-answer.ts';
import type { InterviewQuestion } from './questions.ts';
import type { Asked, StartOptions } from './room-types.ts';

export class RoomRecords {
  session!: SessionRecord;
  /** Each question asked, by id: a retry and the report find theirs here. */
  asked = new Map<string, Asked>();
  /** Each answer's attempt, and its audio where some was recorded, by the attempt's id. */
  readonly attempts = new Map<string, AttemptRecord>();
  readonly audio = new Map<string, Blob>();

  /** Fetches what each question's own page holds (model answer, key points), all at once. */
  async prepare(questions: InterviewQuestion[]): Promise<Asked[]> {
    const askedBefore = async (id: string) =>
      (await store.listAttempts(id).catch(() => ({ attempts: [] as AttemptRecord[] }))).attempts.map((attempt) => attempt.followUp?.question ?? '');
    const plan = await Promise.all(questions.map(async (question) => ({ ...question, model: await modelAnswer(question), askedBefore: await askedBefore(question.id) })));
    for (const asked of plan) this.asked.set(asked.id, asked);
    return plan;
  }

  /** A new interview of `plan`'s questions, nothing answered yet. */
  begin({ setup, asked }: StartOptions, plan: Asked[]) {
    this.session = {
      version: SESSION_VERSION,
      id: crypto.randomUUID(),
      at: new Date().toISOString(),
      setup,
      questions: plan.map((question) => question.id),
      asked,
      answers: [],
      seconds: 0,
      ended: false,
      // Worked out by the report (with the transcripts' analysis, which the room does not load).
      figures: { answers: 0, withinTime: 0, keyPointsSaid: 0, keyPoints: 0 },
    };
    this.attempts.clear();
    this.audio.clear();
  }

  /** An answer begun and at once abandoned: out of the session. */
  drop(attempt: string) {
    this.session.answers = this.session.answers.filter((answer) => answer.attempt !== attempt);
  }

  /** A retry's answer (the last one given) takes the place of the answer at `index`. */
  retried(index: number) {
    const { answers } = this.session;
    answers[index] = answers.splice(-1)[0]!;
  }

  /** An answer's attempt as it ended, with its audio if any was recorded. */
  keep(record: AttemptRecord, audio: Blob | undefined) {
    if (audio?.size) this.audio.set(record.id, audio);
    this.attempts.set(record.id, record);
  }
}
