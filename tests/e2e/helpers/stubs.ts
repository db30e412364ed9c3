import type { Page } from '@playwright/test';

// Browser APIs the machines running these tests lack or cannot drive, replaced before the page's
// own scripts run (page.addInitScript). Each records what the page asked of it on `window`.

export interface VoiceStub {
  /** Whether the one English voice is on the device (an online voice must never be used). */
  local: boolean;
  /** How long each utterance takes to say, in ms. */
  speaks?: number;
}

/** speechSynthesis with one English voice, loaded late as real voices are (`voiceschanged`). */
export async function stubVoice(page: Page, options: VoiceStub): Promise<void> {
  await page.addInitScript(({ local, speaks }) => {
    const log: string[] = [];
    (window as unknown as { spoken: string[] }).spoken = log;
    const voices = [{ name: 'Test voice', lang: 'en-US', localService: local, default: true, voiceURI: 'test-voice' }];
    let loaded = false;
    let pending: { text: string; onend?: () => void; onerror?: () => void }[] = [];
    const synth = Object.assign(new EventTarget(), {
      // As in Chrome: none at first, then `voiceschanged` (here right after that first call).
      getVoices() {
        if (!loaded) {
          queueMicrotask(() => {
            loaded = true;
            synth.dispatchEvent(new Event('voiceschanged'));
          });
        }
        return loaded ? voices : [];
      },
      speak(utterance: (typeof pending)[number]) {
        log.push(utterance.text);
        pending.push(utterance);
        setTimeout(() => {
          if (!pending.includes(utterance)) return;
          pending = pending.filter((item) => item !== utterance);
          utterance.onend?.();
        }, speaks);
      },
      cancel() {
        const cancelled = pending;
        pending = [];
        for (const utterance of cancelled) utterance.onerror?.();
      },
    });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.assign(window, {
      SpeechSynthesisUtterance: class {
        text: string;
        voice: unknown = null;
        lang = '';
        onend: (() => void) | null = null;
        onerror: (() => void) | null = null;
        constructor(text: string) {
          this.text = text;
        }
      },
    });
  }, { local: options.local, speaks: options.speaks ?? 50 });
}

export interface RecognitionStub {
  /** What `available()` answers at first. */
  status: 'available' | 'downloadable' | 'unavailable';
  /** What `install()` does: succeed (then "available"), fail, or never settle. */
  install?: 'succeeds' | 'fails' | 'never';
  /** Said once each recognition starts, as a final result. */
  says?: string;
  /** An error the recogniser raises right after starting instead. */
  error?: string;
  /** Final pieces said at set moments (ms after each start), one result each, as a continuous recogniser gives them. */
  script?: { after: number; text: string }[];
}

/** SpeechRecognition on the device, as Chrome 156 has it: available(), install(), processLocally. */
export async function stubRecognition(page: Page, options: RecognitionStub): Promise<void> {
  await page.addInitScript((options) => {
    const log: unknown[] = [];
    (window as unknown as { recognition: unknown[] }).recognition = log;
    let status = options.status;
    class FakeRecognition extends EventTarget {
      static available = async (asked: object) => (log.push({ available: asked }), status);
      static install = (asked: object) => {
        log.push({ install: asked });
        if (options.install === 'never') return new Promise<boolean>(() => {});
        if (options.install === 'fails') return Promise.resolve(false);
        status = 'available';
        return Promise.resolve(true);
      };
      #local = false;
      get processLocally() {
        return this.#local;
      }
      set processLocally(value: boolean) {
        this.#local = value;
      }
      lang = '';
      continuous = false;
      interimResults = false;
      start() {
        log.push({ start: { processLocally: this.processLocally, lang: this.lang } });
        const results: unknown[] = [];
        for (const { after, text } of options.script ?? []) {
          setTimeout(() => {
            results.push(Object.assign([{ transcript: text }], { isFinal: true }));
            this.dispatchEvent(Object.assign(new Event('result'), { resultIndex: results.length - 1, results: [...results] }));
          }, after);
        }
        setTimeout(() => {
          if (options.error) return void this.dispatchEvent(Object.assign(new Event('error'), { error: options.error }));
          if (!options.says) return;
          const result = Object.assign([{ transcript: options.says }], { isFinal: true });
          this.dispatchEvent(Object.assign(new Event('result'), { resultIndex: 0, results: [result] }));
        }, 200);
      }
      stop() {}
    }
    Object.assign(window, { SpeechRecognition: FakeRecognition });
  }, options);
}

/** Every text the page's polite live regions say, in order (what a screen reader hears). */
export async function recordAnnouncements(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const said: string[] = [];
    (window as unknown as { announced: string[] }).announced = said;
    new MutationObserver((records) => {
      for (const record of records) {
        const region = (record.target instanceof Element ? record.target : record.target.parentElement)?.closest('interview-room [role=status]');
        if (region?.textContent) said.push(region.textContent);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

export const announcements = (page: Page) => page.evaluate(() => (window as unknown as { announced: string[] }).announced);
export const spoken = (page: Page) => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
export const recognitionLog = (page: Page) => page.evaluate(() => (window as unknown as { recognition: unknown[] }).recognition);
