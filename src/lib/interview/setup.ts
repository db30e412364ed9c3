/**
 * How a mock interview runs: chosen on its set-up screen, remembered on this device, and kept in
 * each session record. Read back field by field: a value this version does not know falls back to
 * its default, so a stored set-up never stops the page.
 */
import { isObject } from '../json.ts';
import { SETUP_KEY, SETUP_VERSION } from '../kept/keys.ts';
import { versioned } from '../kept/versioned.ts';

/** How long each answer may take: the answer's own speaking time + 25 %, a fixed time, or no limit. */
export const LIMITS = ['own', '120', '180', '300', 'none'] as const;
export type Limit = (typeof LIMITS)[number];

export const COUNTS = ['all', '3', '5'] as const;
export type Count = (typeof COUNTS)[number];

export const ORDERS = ['weakest', 'shuffled'] as const;
export type Order = (typeof ORDERS)[number];

/** Your own questions, or unseen questions from the bank, each answered with the story that fits it. */
/** Your questions (a story of yours in the place of the model answer it replaces, and your other stories), only your own stories, or the bank's unseen ones. */
export const SOURCES = ['mine', 'stories', 'bank'] as const;
export type Source = (typeof SOURCES)[number];

/** The longest thinking time offered before recording starts, in seconds. */
export const MAX_THINKING = 15;

export interface InterviewSetup {
  /** The round's id, or "" for every round. */
  round: string;
  /** Your questions, only your own stories, or the bank's unseen ones (src/scripts/interview/bank-interview.ts). */
  source: Source;
  /** How many questions: all of the round, or the first 3 or 5 of the order. */
  count: Count;
  /** The weakest first (never practised, then your lowest ratings), or shuffled. */
  order: Order;
  /** A follow-up question after each answer. */
  followUps: boolean;
  limit: Limit;
  /** Seconds to think after the question, before recording starts: 0–15. */
  thinking: number;
  /** Read each question aloud, with an on-device voice only. */
  voice: boolean;
  /** Record the answers; off gives a timed, silent run that still has a report. */
  record: boolean;
  /** Record with the camera too (sound and picture), kept on the device. */
  camera: boolean;
  /** The conversation in order, each part switchable: your opening ("Tell me about yourself"), the
   * questions themselves, and your questions for them ("What questions do you have for me?"). */
  opening: boolean;
  main: boolean;
  closing: boolean;
  /** Once in an answer, past 40% of its time, the interviewer cuts in with a probing question. */
  interrupt: boolean;
  /** Each question asked for its short version: "Give me the short version of …", against 0:30. */
  short: boolean;
}

export const DEFAULT_SETUP: InterviewSetup = {
  round: '',
  source: 'mine',
  count: 'all',
  order: 'weakest',
  followUps: true,
  limit: 'own',
  thinking: 5,
  voice: true,
  record: true,
  camera: false,
  opening: false,
  main: true,
  closing: false,
  interrupt: false,
  short: false,
};

/** The set-up's switches (every field that is true or false). */
export const SWITCHES = Object.keys(DEFAULT_SETUP).filter((key) => typeof DEFAULT_SETUP[key as keyof InterviewSetup] === 'boolean') as (keyof InterviewSetup)[];

const oneOf = <T extends string>(values: readonly T[], value: unknown, fallback: T): T => (values.includes(value as T) ? (value as T) : fallback);

/** A set-up from storage, a form or a session record; every unknown or missing field takes its default. */
export function readSetup(value: unknown): InterviewSetup {
  const data = isObject(value) ? value : {};
  const thinking = Number(data['thinking']);
  const switches = Object.fromEntries(SWITCHES.map((name) => [name, typeof data[name] === 'boolean' ? data[name] : DEFAULT_SETUP[name]]));
  return {
    ...DEFAULT_SETUP,
    ...switches,
    round: typeof data['round'] === 'string' ? data['round'] : DEFAULT_SETUP.round,
    source: oneOf(SOURCES, data['source'], DEFAULT_SETUP.source),
    count: oneOf(COUNTS, data['count'], DEFAULT_SETUP.count),
    order: oneOf(ORDERS, data['order'], DEFAULT_SETUP.order),
    limit: oneOf(LIMITS, data['limit'], DEFAULT_SETUP.limit),
    thinking: Number.isInteger(thinking) && thinking >= 0 && thinking <= MAX_THINKING ? thinking : DEFAULT_SETUP.thinking,
  };
}

/**
 * The set-up this device remembers (keys.ts). Kept without a version before: the same fields, which
 * readSetup reads whatever their version, each unknown or missing one taking its default.
 */
export const keptSetup = /* @__PURE__ */ versioned(SETUP_KEY, SETUP_VERSION, readSetup);

/** One line for the set-up's summary: "All 5 questions, weakest first · about your answer's time + 25% each · …". */
export function describeSetup(setup: InterviewSetup, total: number, voiceAvailable = true, canRecord = true): string {
  const all = setup.count === 'all' || Number(setup.count) >= total;
  const count = total === 1 ? '1 question' : all ? `All ${total} questions` : `${setup.count} of ${total} questions`;
  const limit =
    setup.limit === 'own' ? 'each answer’s own time + 25%' : setup.limit === 'none' ? 'no time limit' : `${Number(setup.limit) / 60} minutes an answer`;
  const unseen = setup.count === 'all' ? 'Unseen questions from the bank, one for each story' : `${setup.count} unseen questions from the bank`;
  return [
    setup.source === 'bank' ? unseen : `${setup.source === 'stories' ? 'Your stories: ' : ''}${count}, ${setup.order === 'weakest' ? 'weakest first' : 'shuffled'}`,
    limit,
    setup.thinking ? `${setup.thinking} s to think` : 'no time to think',
    setup.followUps ? 'a follow-up after each' : 'no follow-ups',
    // Of one length either way: the page writes it again once it knows the voices, and no line moves.
    `questions ${setup.voice && voiceAvailable ? 'read aloud' : 'shown only'}`,
    `answers ${setup.record && canRecord ? (setup.camera ? 'recorded with the camera' : 'recorded') : 'not recorded'}`,
    // The rest of the conversation, said only when switched from its default.
    setup.opening && 'your opening',
    !setup.main && 'no questions',
    setup.short && 'short versions',
    setup.interrupt && 'interruptions',
    setup.closing && 'your questions',
  ]
    .filter(Boolean)
    .join(' · ');
}
