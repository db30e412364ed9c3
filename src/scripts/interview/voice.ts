/**
 * The interviewer's voice: speech synthesis with an on-device voice only. An online voice sends the
 * text to its vendor, so a voice whose `localService` is false is never used.
 */
import { speechPieces } from '../../lib/interview/sentences.ts';

/** How long to wait for the browser's voices, which load late (`voiceschanged`). */
const VOICES_WAIT_MS = 1500;

const english = () => speechSynthesis.getVoices().filter((voice) => voice.localService && /^en\b/i.test(voice.lang));

/** An on-device English voice (the default first, then US English), or undefined where there is none. */
export async function onDeviceVoice(wait = VOICES_WAIT_MS): Promise<SpeechSynthesisVoice | undefined> {
  if (!('speechSynthesis' in globalThis) || typeof SpeechSynthesisUtterance !== 'function') return undefined;
  if (speechSynthesis.getVoices().length === 0) {
    await new Promise<void>((resolve) => {
      speechSynthesis.addEventListener('voiceschanged', () => resolve(), { once: true });
      setTimeout(resolve, wait);
    });
  }
  const voices = english();
  return voices.find((voice) => voice.default) ?? voices.find((voice) => /^en[-_]US/i.test(voice.lang)) ?? voices[0];
}

/**
 * Says `text` one sentence at a time (Chrome cuts an utterance off after about 15 seconds) and
 * resolves when it is said, or when `speechSynthesis.cancel()` stops it. An utterance that never
 * reports its end (it happens) is given up after a generous time for its length.
 */
export async function speak(text: string, voice: SpeechSynthesisVoice, stillWanted: () => boolean): Promise<void> {
  for (const piece of speechPieces(text)) {
    if (!stillWanted()) return;
    await new Promise<void>((resolve) => {
      const utterance = new SpeechSynthesisUtterance(piece);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      const timer = setTimeout(resolve, 3000 + piece.length * 120);
      utterance.onend = utterance.onerror = () => {
        clearTimeout(timer);
        resolve();
      };
      speechSynthesis.speak(utterance);
    });
  }
}
