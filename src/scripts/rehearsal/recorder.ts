/**
 * The one recorder: the microphone, or (given the camera's stream and options, camera.ts) sound
 * and picture, recorded with MediaRecorder, with a level for the meter.
 */

/** Sound alone, best first: Opus in WebM (Chromium, Firefox), AAC in MP4 (Safari). Other browsers
 * get their default, whose real type the recorder reports. */
const TYPES = ['audio/webm;codecs=opus', 'audio/mp4'];

/** What the camera hands the recorder: its stream (with the microphone's sound) and the options for a picture. */
export interface CameraStream {
  stream: MediaStream;
  options: MediaRecorderOptions;
}


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

/** Asks for the microphone (unless the camera's stream comes with it) and starts recording; rejects with the browser's named error. */
export async function startRecording(camera?: CameraStream): Promise<Recording> {
  const stream = camera?.stream ?? (await navigator.mediaDevices.getUserMedia({ audio: true }));
  const mimeType = TYPES.find((type) => MediaRecorder.isTypeSupported(type));
  const options = camera?.options ?? (mimeType ? { mimeType } : {});
  const recorder = new MediaRecorder(stream, options);
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
  const type = recorder.mimeType || options.mimeType || (camera ? 'video/webm' : 'audio/webm');
  const release = () => {
    for (const track of stream.getTracks()) track.stop();
    void context?.close().catch(() => {});
  };

  let lost: (() => void) | undefined;
  // A track ends by itself only when the device or its permission is gone (stop() ends it silently).
  // The camera's going is the camera's to say: the recording goes on with sound.
  for (const track of stream.getAudioTracks()) track.addEventListener('ended', () => lost?.(), { once: true });

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
