/**
 * One rehearsal: what was recorded and what the person noted about it. The audio itself is kept
 * apart (see store.ts), so records can be listed, exported and imported without it.
 */

import { isObject } from '../json.ts';

/** 2: a live transcript's pieces, each with when it was said. Version 1 records read as before. */
export const ATTEMPT_VERSION = 2;

export interface AttemptRecord {
  version: typeof ATTEMPT_VERSION;
  /** Unique across devices, so imports merge by it. */
  id: string;
  /** The question's id (its file name), as in the practice progress. */
  question: string;
  /** When the recording started, ISO 8601. */
  at: string;
  /** The recording's length, measured by the site (MediaRecorder's WebM carries none). */
  seconds: number;
  /** The answer's target speaking time when it was recorded. */
  target: number;
  /** When each part after the first began, in seconds. */
  marks: number[];
  /** The follow-up asked, and when if the recording was still on. */
  followUp?: { question: string; at?: number };
  /** Key points ticked "I said this", in the entry's order (by the person, or from the transcript). */
  keyPoints: boolean[];
  /** Set once the person ticks or unticks a key point: the ticks are theirs (absent in older records). */
  ticked?: true;
  /** What was said, typed, pasted or recognised on the device. */
  transcript?: string;
  /** The live transcript's pieces, each with when it began (seconds of the recording, paused time left out). */
  pieces?: { at: number; text: string }[];
  /** The audio's media type ("audio/webm;codecs=opus"), and its size in bytes; 0 without audio
   * (imported from another device, or a mock interview run without recording). */
  type: string;
  bytes: number;
  /** The mock interview it was part of (a session record's id), if any. */
  session?: string;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** A record as stored or imported, checked field by field; undefined when it is corrupt or foreign. */
export function parseAttempt(value: unknown): AttemptRecord | undefined {
  if (!isObject(value) || (value['version'] !== 1 && value['version'] !== ATTEMPT_VERSION)) return undefined;
  const { id, question, at, seconds, target, marks, followUp, keyPoints, ticked, transcript, pieces, type, bytes, session } = value;
  if (typeof id !== 'string' || !id || typeof question !== 'string' || !question) return undefined;
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) return undefined;
  if (!isNumber(seconds) || !isNumber(target) || !isNumber(bytes) || typeof type !== 'string') return undefined;
  if (!Array.isArray(marks) || !marks.every(isNumber) || marks.length > 3) return undefined;
  if (!Array.isArray(keyPoints) || !keyPoints.every((k) => typeof k === 'boolean')) return undefined;
  if (transcript !== undefined && typeof transcript !== 'string') return undefined;
  if (pieces !== undefined && !(Array.isArray(pieces) && pieces.every((piece) => isObject(piece) && isNumber(piece['at']) && typeof piece['text'] === 'string'))) return undefined;
  if (session !== undefined && (typeof session !== 'string' || !session)) return undefined;
  if (followUp !== undefined && !(isObject(followUp) && typeof followUp['question'] === 'string' && (followUp['at'] === undefined || isNumber(followUp['at'])))) return undefined;
  // Through JSON and back: a copy of its own, and what is absent (undefined) left out.
  return JSON.parse(
    JSON.stringify({
      version: ATTEMPT_VERSION,
      id,
      question,
      at,
      seconds,
      target,
      marks,
      followUp: followUp && { question: followUp['question'], at: followUp['at'] },
      keyPoints,
      ticked: ticked === true || undefined,
      transcript,
      pieces: (pieces as { at: number; text: string }[] | undefined)?.map(({ at, text }) => ({ at, text })),
      type,
      bytes,
      session,
    }),
  ) as AttemptRecord;
}

/** "managing-managers-2026-11-26.webm": the download's name, with the recorder's real type. */
export function audioFileName(record: Pick<AttemptRecord, 'question' | 'at' | 'type'>): string {
  const [, kind, subtype = 'webm'] = /^(audio|video)\/([\w.+-]+)/.exec(record.type) ?? [];
  // Sound alone in MP4 is an .m4a; with a picture, the file keeps its type's own extension.
  const extension = (kind === 'video' ? {} : ({ mp4: 'm4a', mpeg: 'mp3', 'x-m4a': 'm4a' } as Record<string, string>))[subtype] ?? subtype;
  return `${record.question}-${record.at.slice(0, 10)}.${extension}`;
}
