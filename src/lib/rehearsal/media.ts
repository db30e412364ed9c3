/**
 * What the recorder asks the browser for: a format it can write, and, with the camera, a picture
 * small enough to keep a minute under about 4 MB. One recorder (src/scripts/rehearse/recorder.ts)
 * records sound alone or sound and picture with these.
 */

/** Sound, best first: Opus in WebM (Chromium, Firefox), AAC in MP4 (Safari). */
export const AUDIO_TYPES = ['audio/webm;codecs=opus', 'audio/mp4'] as const;
/** Sound and picture, best first: VP9 or VP8 in WebM (Chromium, Firefox), H.264 in MP4 (Safari). */
export const VIDEO_TYPES = ['video/webm;codecs=vp9,opus', 'video/webm;codecs=vp8,opus', 'video/webm', 'video/mp4'] as const;

/** The picture asked of the camera: 640x360 (what a video call's small tile shows), 15 frames a second. */
export const VIDEO_SIZE = { width: { ideal: 640 }, height: { ideal: 360 }, frameRate: { ideal: 15, max: 24 } } as const;

/** Bits a second: a modest picture, and speech. */
export const VIDEO_BITS = 400_000;
export const AUDIO_BITS = 48_000;

/** Below this much space left, recording with the camera is warned about first. */
export const LOW_SPACE_BYTES = 50 * 1024 * 1024;

export interface RecorderChoice {
  /** The type to ask for; none where the browser supports none of ours (its default is used). */
  mimeType?: string;
  audioBitsPerSecond?: number;
  videoBitsPerSecond?: number;
}

/** The recorder's options: the first type the browser supports, and, with the camera, the bit rates. */
export function recorderChoice(video: boolean, supported: (type: string) => boolean): RecorderChoice {
  const mimeType = (video ? VIDEO_TYPES : AUDIO_TYPES).find((type) => supported(type));
  return { ...(mimeType && { mimeType }), ...(video && { audioBitsPerSecond: AUDIO_BITS, videoBitsPerSecond: VIDEO_BITS }) };
}

/** Whether this browser can record a picture at all. */
export const canRecordVideo = (supported: (type: string) => boolean) => VIDEO_TYPES.some((type) => supported(type));

/** About how many bytes a minute of recording takes with these options (sound alone: no limit set, so none said). */
export const bytesPerMinute = ({ audioBitsPerSecond = 0, videoBitsPerSecond = 0 }: RecorderChoice) => ((audioBitsPerSecond + videoBitsPerSecond) * 60) / 8;
