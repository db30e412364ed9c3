/**
 * A live transcript from on-device speech recognition only. A recogniser that may send audio to a
 * server is never started: without `processLocally` and an "available" on-device language, none is.
 */

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

interface RecognizerClass {
  new (): Recognizer;
  available?(options: { langs: string[]; processLocally: boolean }): Promise<string>;
}

const LANG = 'en-US';

/** The on-device recogniser, or undefined where the browser offers none for English. */
export async function onDeviceRecognizer(): Promise<RecognizerClass | undefined> {
  const scope = globalThis as unknown as Record<string, RecognizerClass | undefined>;
  const Recognition = scope['SpeechRecognition'] ?? scope['webkitSpeechRecognition'];
  if (!Recognition?.available || !('processLocally' in Recognition.prototype)) return undefined;
  try {
    return (await Recognition.available({ langs: [LANG], processLocally: true })) === 'available' ? Recognition : undefined;
  } catch {
    return undefined;
  }
}

export interface LiveTranscript {
  /** Everything recognised so far: final words, then the words still being recognised. */
  text(): string;
  stop(): void;
}

export function startTranscript(Recognition: RecognizerClass, onChange: (text: string) => void): LiveTranscript {
  const recognizer = new Recognition();
  recognizer.processLocally = true;
  recognizer.lang = LANG;
  recognizer.continuous = true;
  recognizer.interimResults = true;
  let done = '';
  let pending = '';
  recognizer.addEventListener('result', (event) => {
    const { results, resultIndex } = event as RecognitionResultEvent;
    pending = '';
    for (let i = resultIndex; i < results.length; i++) {
      const result = results[i]!;
      if (result.isFinal) done += `${result[0]!.transcript.trim()} `;
      else pending += result[0]!.transcript;
    }
    onChange(`${done}${pending}`.trim());
  });
  recognizer.start();
  return {
    text: () => `${done}${pending}`.trim(),
    stop: () => recognizer.stop(),
  };
}
