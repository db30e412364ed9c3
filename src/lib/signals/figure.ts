/**
 * A figure a result gives: a number in digits or words ("forty percent", "three teams", "8%"), a
 * time ("a year later", "within a quarter"), a multiple ("doubled"). Not "one of our best", "no
 * one", "the one thing": a one that counts nothing.
 */
import { digitsFromWords } from '../number-words.ts';

const TIME = /\b(?:a|an|one|the following|the next)\s+(?:year|month|week|day|quarter|sprint)\b|\b(?:doubled|tripled|halved|twice|double|triple)\b/;
const NO_COUNT = /\b(?:one|1)\s+(?=of\b|thing\b|more\b|person\b|who\b|that\b|day\b)|\bno one\b|\bthe one\b|\bsomeone\b|\banyone\b/g;

/** Whether `text` gives a figure, in words or digits. */
export function hasFigure(text: string): boolean {
  const said = text.toLowerCase();
  return TIME.test(said) || /\d/.test(digitsFromWords(said.replace(NO_COUNT, ' ')));
}
