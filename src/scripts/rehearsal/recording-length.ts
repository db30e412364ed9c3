// Recordings that know their length. The browser's recorder writes WebM (Chromium, Firefox) with no
// duration in it, so a player reads it as endless: its bar full, its time wrong, no seeking. Its
// length is written in (fix-webm-duration) from the attempt's own clock when the recording stops; a
// recording kept before that is mended when it is played. MP4 (Safari) has its length already. Code
// of its own, loaded at those moments only.
import fixWebmDuration from 'fix-webm-duration';

/** `audio` with its length, `seconds`, written in: WebM only (any other as it is, as is a file the library cannot read). */
export const withLength = (audio: Blob, seconds: number): Promise<Blob> =>
  audio.type.includes('webm') ? fixWebmDuration(audio, seconds * 1000, { logger: false }) : Promise.resolve(audio);

/** A player of `audio` whose file says no length (recorded before it was written in) plays it again with its length; once. */
export async function mend(player: HTMLMediaElement, audio: Blob, seconds: number): Promise<void> {
  player.onloadedmetadata = null;
  if (player.duration === Infinity) player.src = URL.createObjectURL(await withLength(audio, seconds));
}
