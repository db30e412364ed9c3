// Whether a live transcript is made, in one line, and where the browser could fetch its English
// speech recognition (a fresh Chrome answers "downloadable"), the button that asks it to (the
// browser only does so from a click) and the asking. Shown in the Rehearse panel and in the mock
// interview's set-up; the room, which only recognises, loads none of this.
import { ON_DEVICE, recognitionStatus, recognizerClass, type RecognizerClass } from './recognition.ts';
import { h } from '../shared/dom.ts';

/** How long a language pack's download may take before the page says so (some browsers never settle). */
export const INSTALL_TIMEOUT_MS = 60_000;

/** Asks the browser to fetch its English language pack: "ready", "failed", or "slow" past the timeout. */
export async function installRecognition(timeout = INSTALL_TIMEOUT_MS): Promise<'ready' | 'failed' | 'slow'> {
  const install = recognizerClass()?.install;
  if (!install) return 'failed';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slow = new Promise<'slow'>((resolve) => (timer = setTimeout(() => resolve('slow'), timeout)));
  try {
    const done = install.call(recognizerClass(), ON_DEVICE).then(async (ok) => (ok && (await recognitionStatus()) === 'available' ? 'ready' : 'failed'), () => 'failed' as const);
    return await Promise.race([done, slow]);
  } finally {
    clearTimeout(timer);
  }
}

const SAY = {
  available: 'A live transcript is made on this device as you record.',
  unavailable: 'No live transcript: this browser has no speech recognition on the device. Type or paste what you said afterwards.',
  downloadable: 'For a live transcript, this browser can fetch English speech recognition once; it then runs on this device and your audio never leaves it.',
  downloading: 'English speech recognition is being fetched to this device.',
  ready: 'Ready: a live transcript is made on this device as you record.',
  failed: 'English speech recognition could not be fetched. Type or paste what you said afterwards, or try again later.',
  slow: 'Fetching English speech recognition is taking over a minute; it may finish in the background. Meanwhile, type what you said afterwards.',
};

export type OfferState = keyof typeof SAY;

/**
 * The line and its button; `onReady` gets the recogniser once it can start on this device, and
 * `onState` hears each state as it is shown.
 */
export function recognitionOffer(onReady: (recognizer: RecognizerClass) => void = () => {}, onState: (state: OfferState) => void = () => {}): HTMLElement {
  const line = h('p', { className: 'muted' });
  const button = h('button', { type: 'button', hidden: true }, 'Get English speech recognition on this device');
  const status = h('p', { role: 'status', className: 'muted' });
  const box = h('div', { className: 'recognition' }, line, button, status);
  const show = (key: OfferState) => {
    line.textContent = SAY[key];
    onState(key);
    button.hidden = key !== 'downloadable' && key !== 'downloading' && key !== 'failed';
    const recognizer = recognizerClass();
    if ((key === 'ready' || key === 'available') && recognizer) onReady(recognizer);
  };
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = 'Downloading…';
    const result = await installRecognition();
    button.disabled = false;
    status.textContent = result === 'ready' ? 'Ready' : '';
    show(result);
  });
  void recognitionStatus().then(show);
  return box;
}
