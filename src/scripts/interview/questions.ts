// What the interview page carries of each question (no answers: see model-answer.ts), written at
// build into a JSON script element that the set-up and the room read.
import type { PartWords } from '../../lib/answer-parts.ts';
import type { Question } from '../../schemas/question.ts';
import type { Topic } from '../../lib/topics.ts';

export interface InterviewQuestion {
  id: string;
  round: string;
  title: string;
  /** The interviewer's question, shown and read aloud. */
  question: string;
  kind: Question['kind'];
  /** For choosing the story that fits an unseen question from the bank. */
  topics?: Topic[];
  /** The answer's speaking time, in seconds. */
  seconds: number;
  /** The model answer's words per part. */
  parts: PartWords;
  followUps?: string[];
  /** Asked from the bank: the bank question's id (its text is in `question`, the story's own elsewhere). */
  bank?: string;
  /** A story of yours (your-stories.ts), which brings its own answer. */
  own?: true;
  /** No follow-up after it (your questions for them, which close the interview: talk.ts). */
  alone?: true;
  /** Asked for its short version, against 0:30 (talk.ts). */
  short?: true;
  /** A story of yours: the line its short version is built from, shown with it in the report. */
  headline?: string;
  /** Your opening (a story of its kind): asked first, never among the questions (talk.ts). */
  opening?: true;
}

/** The questions in `element` (the page's JSON), or none when it is not what the build wrote. */
export function readQuestions(element: Element | null): InterviewQuestion[] {
  try {
    const value: unknown = JSON.parse(element?.textContent ?? '');
    return Array.isArray(value) ? (value as InterviewQuestion[]) : [];
  } catch {
    return [];
  }
}
