// A mock interview's record as stored or imported, read back field by field (session.ts says what
// one holds): apart, so the room, which only writes records, does not load the reading.
import { isObject } from '../json.ts';
import { isRating, type Attempt } from '../ratings.ts';
import { SESSION_VERSION, type SessionAnswer, type SessionFigures, type SessionRecord } from './session.ts';
import { readSetup } from './setup.ts';

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const strings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string' && item);

function readAnswer(value: unknown): SessionAnswer | undefined {
  if (!isObject(value)) return undefined;
  const { question, attempt, limit, rating, interrupted } = value;
  if (typeof question !== 'string' || !question || typeof attempt !== 'string' || !attempt) return undefined;
  if (limit !== null && !isCount(limit)) return undefined;
  let rated: Attempt | undefined;
  if (rating !== undefined) {
    if (!isObject(rating) || !isRating(rating['rating']) || typeof rating['at'] !== 'string' || Number.isNaN(Date.parse(rating['at']))) return undefined;
    rated = { rating: rating['rating'], at: rating['at'] };
  }
  // An interruption kept whole or not at all.
  const cut = isObject(interrupted) && typeof interrupted['question'] === 'string' && isCount(interrupted['at']) && (interrupted['back'] === undefined || isCount(interrupted['back']));
  return { question, attempt, limit, ...(rated && { rating: rated }), ...(cut && { interrupted: { question: interrupted['question'] as string, at: interrupted['at'] as number, ...(interrupted['back'] !== undefined && { back: interrupted['back'] as number }) } }) };
}

/**
 * A session's figures. One kept before issue 34 counted the key points of answers nobody checked as
 * missed: where it has none said, nothing was measured, and it is read so (none checked); where it
 * has some, which answers were checked is unknown (no count).
 */
function readFigures(value: unknown): SessionFigures | undefined {
  if (!isObject(value)) return undefined;
  const { answers, withinTime, keyPointsSaid, keyPoints, keyPointsChecked, wpm, fillersPerMinute } = value;
  if (![answers, withinTime, keyPointsSaid, keyPoints].every(isCount)) return undefined;
  if ([keyPointsChecked, wpm, fillersPerMinute].some((figure) => figure !== undefined && !isCount(figure))) return undefined;
  const unchecked = keyPointsChecked === undefined && keyPointsSaid === 0;
  return {
    answers: answers as number,
    withinTime: withinTime as number,
    keyPointsSaid: keyPointsSaid as number,
    keyPoints: unchecked ? 0 : (keyPoints as number),
    ...(unchecked ? { keyPointsChecked: 0 } : keyPointsChecked !== undefined && { keyPointsChecked: keyPointsChecked as number }),
    ...(wpm !== undefined && { wpm: wpm as number }),
    ...(fillersPerMinute !== undefined && { fillersPerMinute: fillersPerMinute as number }),
  };
}

/** A record as stored or imported, checked field by field; undefined when it is corrupt or foreign. */
export function parseSession(value: unknown): SessionRecord | undefined {
  if (!isObject(value) || value['version'] !== SESSION_VERSION) return undefined;
  const { id, at, setup, questions, answers, seconds, ended, figures, asked } = value;
  if (typeof id !== 'string' || !id || typeof at !== 'string' || Number.isNaN(Date.parse(at))) return undefined;
  if (!isObject(setup) || !strings(questions) || !Array.isArray(answers) || !isCount(seconds) || typeof ended !== 'boolean') return undefined;
  const read = answers.map(readAnswer);
  const checked = readFigures(figures);
  if (!checked || read.some((answer) => !answer)) return undefined;
  const texts = isObject(asked) && Object.values(asked).every((text) => typeof text === 'string') ? { asked: { ...(asked as Record<string, string>) } } : {};
  return { version: SESSION_VERSION, id, at, setup: readSetup(setup), questions: [...questions], ...texts, answers: read as SessionAnswer[], seconds, ended, figures: checked };
}
