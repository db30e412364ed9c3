/**
 * What the recorder is asked to record when the camera is on (camera.ts hands it the stream and
 * these options): a format the browser writes, and a picture small enough to keep a minute under
 * about 4 MB. Sound alone is the recorder's own choice (recorder.ts).
 */

/** Sound and picture, best first: VP9 or VP8 in WebM (Chromium, Firefox), H.264 in MP4 (Safari). */
export const VIDEO_TYPES = ['video/webm;codecs=vp9,opus', 'video/webm;codecs=vp8,opus', 'video/webm', 'video/mp4'] as const;

/** The picture asked of the camera: 640x360 (what a video call's small tile shows), 15 frames a second. */
export const VIDEO_SIZE = { width: { ideal: 640 }, height: { ideal: 360 }, frameRate: { ideal: 15, max: 24 } } as const;

/** Bits a second: a modest picture, and speech. */
export const VIDEO_BITS = 400_000;
export const AUDIO_BITS = 48_000;

/** Below this much space left, recording with the camera is warned about first. */
export const LOW_SPACE_BYTES = 50 * 1024 * 1024;

/** The recorder's options with the camera: the first type the browser writes (none: its own default), and the bit rates. */
export function videoOptions(supported: (type: string) => boolean): MediaRecorderOptions {
  const mimeType = VIDEO_TYPES.find((type) => supported(type));
  return { ...(mimeType && { mimeType }), audioBitsPerSecond: AUDIO_BITS, videoBitsPerSecond: VIDEO_BITS };
}

/** Whether this browser can record a picture at all. */
export const canRecordVideo = (supported: (type: string) => boolean) => VIDEO_TYPES.some((type) => supported(type));
