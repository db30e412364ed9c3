// Whether a live transcript is made, in one line, and where the browser could fetch its English
// speech recognition (a fresh Chrome answers "downloadable"), the button that asks it to: the
// browser only does so from a click. Shown in the Rehearse panel and in the mock interview's set-up.
import { installRecognition, recognitionStatus, recognizerClass, type RecognizerClass } from './recognition.ts';
import { h } from './dom.ts';

const SAY = {
  available: 'A live transcript is made while you record, by speech recognition on this device.',
  unavailable: 'No live transcript: this browser offers no speech recognition that stays on the device. Type or paste what you said afterwards.',
  downloadable:
    'For a live transcript, this browser can fetch English speech recognition once, then run it on this device: your audio never leaves it. Until then, type or paste what you said afterwards.',
  downloading: 'English speech recognition is being fetched to this device.',
  ready: 'Ready: a live transcript is made while you record, by speech recognition on this device.',
  failed: 'The browser could not fetch English speech recognition. Type or paste what you said afterwards; you can try again later.',
  slow: 'Fetching English speech recognition is taking more than a minute: it may still finish in the background. Until it does, type or paste what you said afterwards.',
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
