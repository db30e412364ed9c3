/** The microphone, recorded with MediaRecorder (audio only), with a level for the meter. */

/** Formats to ask for, best first: Opus in WebM (Chromium, Firefox), AAC in MP4 (Safari). Other
 * browsers get their default, whose real type the recorder reports. */
const TYPES = ['audio/webm;codecs=opus', 'audio/mp4'];

export const canRecord = () => typeof MediaRecorder === 'function' && typeof navigator.mediaDevices?.getUserMedia === 'function';

export interface Recording {
  /** The recorder's real media type. */
  readonly type: string;
  /** Input level from 0 to 1, for the meter. */
  level(): number;
  /** What has been recorded so far (it arrives every second), for a page that is closing. */
  partial(): Blob;
  /** Holds the recording (a mock interview's pause, its follow-up being asked); resume() goes on in the same file. */
  pause(): void;
  resume(): void;
  /** Stops the recording and releases the microphone. */
  stop(): Promise<Blob>;
  /** Called once if the microphone goes away mid-recording (unplugged, or its permission revoked). */
  onLost(listener: () => void): void;
}

/** Asks for the microphone and starts recording; rejects with the browser's named error. */
export async function startRecording(): Promise<Recording> {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  const mimeType = TYPES.find((type) => MediaRecorder.isTypeSupported(type));
  const recorder = new MediaRecorder(stream, mimeType ? { mimeType } : {});
  const chunks: Blob[] = [];
  recorder.addEventListener('dataavailable', ({ data }) => data.size && chunks.push(data));
  recorder.start(1000);

  // The meter listens to the same stream; it is decoration, so a failure only hides it.
  let context: AudioContext | undefined;
  const samples = new Uint8Array(512);
  let analyser: AnalyserNode | undefined;
  try {
    context = new AudioContext();
    analyser = context.createAnalyser();
    analyser.fftSize = samples.length;
    context.createMediaStreamSource(stream).connect(analyser);
  } catch {
    analyser = undefined;
  }
  const type = recorder.mimeType || mimeType || 'audio/webm';
  const release = () => {
    for (const track of stream.getTracks()) track.stop();
    void context?.close().catch(() => {});
  };

  let lost: (() => void) | undefined;
  // A track ends by itself only when the device or its permission is gone (stop() ends it silently).
  for (const track of stream.getTracks()) track.addEventListener('ended', () => lost?.(), { once: true });

  return {
    type,
    onLost: (listener) => (lost = listener),
    pause: () => recorder.state === 'recording' && recorder.pause(),
    resume: () => recorder.state === 'paused' && recorder.resume(),
    level() {
      if (!analyser) return 0;
      analyser.getByteTimeDomainData(samples);
      let sum = 0;
      for (const sample of samples) sum += ((sample - 128) / 128) ** 2;
      return Math.min(1, Math.sqrt(sum / samples.length) * 4);
    },
    partial: () => new Blob(chunks, { type }),
    stop: () =>
      new Promise<Blob>((resolve) => {
        if (recorder.state === 'inactive') {
          release();
          return resolve(new Blob(chunks, { type }));
        }
        recorder.addEventListener(
          'stop',
          () => {
            release();
            resolve(new Blob(chunks, { type }));
          },
          { once: true },
        );
        recorder.stop();
      }),
  };
}
