/**
 * A live transcript from on-device speech recognition only. A recogniser that may send audio to a
 * server is never started: without `processLocally` and an "available" on-device language, none is.
 * Where the browser could fetch its English language pack ("downloadable"), the person may ask it
 * to, from a click (recognition-offer.ts, which holds that fetching: the room never needs it).
 */
import { transcriptStopped } from '../../lib/rehearsal/messages.ts';
import type { Piece } from '../../lib/rehearsal/parts-from-words.ts';

interface RecognitionResultEvent extends Event {
  resultIndex: number;
  results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal: boolean }>;
}

interface Recognizer extends EventTarget {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  processLocally: boolean;
  start(): void;
  stop(): void;
}

type LanguageOptions = { langs: string[]; processLocally: boolean };

export interface RecognizerClass {
  new (): Recognizer;
  available?(options: LanguageOptions): Promise<string>;
  install?(options: LanguageOptions): Promise<boolean>;
}

const LANG = 'en-US';
/** English, recognised on this device only. */
export const ON_DEVICE: LanguageOptions = { langs: [LANG], processLocally: true };

/** The browser's recogniser, where it can run on the device at all (ask recognitionStatus() whether it can now). */
export function recognizerClass(): RecognizerClass | undefined {
  const scope = globalThis as unknown as Record<string, RecognizerClass | undefined>;
  const Recognition = scope['SpeechRecognition'] ?? scope['webkitSpeechRecognition'];
  return Recognition?.available && 'processLocally' in Recognition.prototype ? Recognition : undefined;
}

/**
 * Whether English recognition runs on this device: "available" now, "downloadable" after
 * install(), "downloading" already, or "unavailable" (no on-device recognition at all).
 */
export async function recognitionStatus(): Promise<'available' | 'downloadable' | 'downloading' | 'unavailable'> {
  const Recognition = recognizerClass();
  try {
    const status = Recognition && (await Recognition.available!(ON_DEVICE));
    return status === 'available' || status === 'downloadable' || status === 'downloading' ? status : 'unavailable';
  } catch {
    return 'unavailable';
  }
}

/** The on-device recogniser, or undefined where the browser offers none for English right now. */
export async function onDeviceRecognizer(): Promise<RecognizerClass | undefined> {
  return (await recognitionStatus()) === 'available' ? recognizerClass() : undefined;
}

export interface LiveTranscript {
  /** Everything recognised so far: final words, then the words still being recognised. */
  text(): string;
  /** Each final piece, with when it began (seconds of the recording, by `clock`). */
  pieces(): Required<Piece>[];
  /** Holds recognition (a paused interview) and goes on, keeping what was said. */
  pause(): void;
  resume(): void;
  stop(): void;
}

/**
 * Starts recognising. A recogniser that ends by itself (a long silence) is started again; one that
 * fails (`service-not-allowed`, `language-not-supported`, anything else) is not, and `onError` says
 * so, so the person can type what they said instead.
 */
export function startTranscript(Recognition: RecognizerClass, onChange: (text: string) => void, onError: (error: string) => void = () => {}, clock: () => number = () => 0): LiveTranscript {
  let done = '';
  let pending = '';
  const pieces: Required<Piece>[] = [];
  // When the words still being recognised began: a piece is timed from its first word.
  let began: number | undefined;
  const keep = (text: string) => {
    if (text) pieces.push({ at: began ?? clock(), text });
    began = undefined;
  };
  let recognizer: Recognizer | undefined;
  let running = false;
  let failed = false;
  const begin = () => {
    const current = new Recognition();
    recognizer = current;
    current.processLocally = true;
    current.lang = LANG;
    current.continuous = true;
    current.interimResults = true;
    current.addEventListener('result', (event) => {
      const { results, resultIndex } = event as RecognitionResultEvent;
      pending = '';
      for (let i = resultIndex; i < results.length; i++) {
        const result = results[i]!;
        began ??= clock();
        const text = result[0]!.transcript.trim();
        if (result.isFinal) {
          done += `${text} `;
          keep(text);
        } else pending += result[0]!.transcript;
      }
      onChange(`${done}${pending}`.trim());
    });
    current.addEventListener('error', (event) => {
      const error = (event as Event & { error?: string }).error ?? 'error';
      // Silence and a stop we asked for are not failures.
      if (error === 'no-speech' || error === 'aborted') return;
      failed = true;
      onError(error);
    });
    current.addEventListener('end', () => {
      // What was still being recognised is kept as said.
      if (pending) done += `${pending.trim()} `;
      keep(pending.trim());
      pending = '';
      if (running && !failed && recognizer === current) begin();
    });
    try {
      current.start();
    } catch {
      failed = true;
      onError('start');
    }
  };
  const halt = () => {
    running = false;
    recognizer?.stop();
    recognizer = undefined;
  };
  running = true;
  begin();
  return {
    text: () => `${done}${pending}`.trim(),
    pieces: () => [...pieces],
    pause: halt,
    resume: () => {
      if (running || failed) return;
      running = true;
      begin();
    },
    stop: halt,
  };
}

/**
 * A live transcript on screen, as the Rehearse panel and the room show it: the words in `heard` as
 * they come, and in `problem` why recognition stopped, if it does (the person can type instead).
 */
export function showTranscript(Recognition: RecognizerClass, heard: HTMLElement, problem: HTMLElement, clock: () => number): LiveTranscript {
  heard.hidden = false;
  heard.textContent = '';
  return startTranscript(Recognition, (text) => (heard.textContent = text), (error) => (problem.textContent = transcriptStopped(error)), clock);
}
