// The camera, for an answer recorded as the interviewer sees it: loaded only when "Record with my
// camera" is switched on (in the Rehearse panel, or the mock interview's set-up). It opens the
// camera with the microphone and hands the stream to the one recorder (recorder.ts); while you
// answer it shows you to yourself, mirrored as a video call does, and can hide you. A camera refused,
// missing or unplugged leaves the answer recorded with sound, said once. Nothing leaves the device.
import { LOW_SPACE_BYTES, VIDEO_SIZE, canRecordVideo, videoOptions } from '../../lib/rehearsal/media.ts';
import type { CameraStream } from './recorder.ts';

const supported = () => typeof MediaRecorder === 'function' && canRecordVideo((type) => MediaRecorder.isTypeSupported(type));

export const CAMERA_UNSUPPORTED = 'This browser cannot record video: your answers are recorded with sound only.';
export const CAMERA_REFUSED = 'The camera was refused or is missing: this answer is recorded with sound only.';
export const CAMERA_LOST = 'The camera went away: the recording goes on with sound.';
export const LOW_SPACE = 'Less than 50 MB is left on this device for recordings, and a minute with the camera takes about 3 MB: delete old recordings first, or a save may fail.';

/**
 * The option switched on: off again, and disabled, where this browser cannot record video; a
 * warning where the device has less than 50 MB left for recordings.
 */
export async function checkOption(box: HTMLInputElement, say: (sentence: string) => void): Promise<void> {
  if (!box.checked) return say('');
  if (!supported()) {
    box.checked = false;
    box.disabled = true;
    return say(CAMERA_UNSUPPORTED);
  }
  // Cleared now, and only a warning said later: the estimate may answer after a Record whose
  // camera was refused, and must not erase what that said.
  say('');
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  const left = estimate?.quota === undefined ? undefined : estimate.quota - (estimate.usage ?? 0);
  if (left !== undefined && left < LOW_SPACE_BYTES) say(LOW_SPACE);
}

/** The camera for one answer: opened, shown to you, and closed with the recording. */
export class Camera {
  #place: HTMLElement;
  #say: (sentence: string) => void;
  #view: HTMLElement | undefined;
  #hidden = false;

  /** `place`: where the self-view goes while you answer; `say`: one sentence for what went wrong. */
  constructor(place: HTMLElement, say: (sentence: string) => void) {
    this.#place = place;
    this.#say = say;
  }

  /**
   * The camera and the microphone, as one stream for the recorder; none (said) where the camera is
   * refused, missing or cannot be recorded here, so the recorder asks for the microphone alone.
   */
  async open(): Promise<CameraStream | undefined> {
    // Sound alone: the recorder asks for the microphone itself.
    if (!supported()) return void this.#say(CAMERA_UNSUPPORTED);
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: VIDEO_SIZE });
    } catch {
      return void this.#say(CAMERA_REFUSED);
    }
    const [track] = stream.getVideoTracks();
    // A camera unplugged mid-answer ends its track; the microphone's goes on recording.
    track?.addEventListener('ended', () => this.#say(CAMERA_LOST), { once: true });
    this.#show(stream);
    return { stream, options: videoOptions((type) => MediaRecorder.isTypeSupported(type)) };
  }

  /** The self-view goes with the answer (the recorder stops the camera itself). */
  close() {
    this.#view?.remove();
    this.#view = undefined;
  }

  /** You, small and mirrored, with a button to hide you (as in a real call, you watch the interviewer). */
  #show(stream: MediaStream) {
    this.close();
    const video = document.createElement('video');
    Object.assign(video, { muted: true, autoplay: true, playsInline: true, srcObject: stream });
    Object.assign(video.style, { transform: 'scaleX(-1)', width: '10rem', maxWidth: '40vw', aspectRatio: '16 / 9', objectFit: 'cover', borderRadius: '0.5rem', background: '#000' });
    const toggle = document.createElement('button');
    Object.assign(toggle, { type: 'button', className: 'quiet', textContent: 'Hide my picture' });
    const show = () => {
      video.hidden = this.#hidden;
      toggle.setAttribute('aria-pressed', String(this.#hidden));
    };
    toggle.addEventListener('click', () => {
      this.#hidden = !this.#hidden;
      show();
    });
    show();
    const view = document.createElement('div');
    Object.assign(view, { className: 'self-view', role: 'group', ariaLabel: 'Your picture, as the camera sees you (mirrored)' });
    Object.assign(view.style, { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: '0.5rem' });
    view.append(video, toggle);
    this.#view = view;
    this.#place.append(view);
    void video.play().catch(() => {});
  }
}
