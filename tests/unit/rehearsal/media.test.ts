import { describe, expect, it } from 'vitest';
import { audioFileName } from '../../../src/lib/rehearsal/attempt.ts';
import { VIDEO_SIZE, canRecordVideo, videoOptions } from '../../../src/lib/rehearsal/media.ts';

const chromium = (type: string) => type.startsWith('video/webm') || type === 'audio/webm;codecs=opus';
const safari = (type: string) => type === 'video/mp4' || type === 'audio/mp4';
const none = () => false;

describe('what the recorder asks for with the camera', () => {
  it('the first type the browser writes: VP9 in WebM on Chromium, H.264 in MP4 on Safari, the browser’s own default otherwise', () => {
    expect(videoOptions(chromium).mimeType).toBe('video/webm;codecs=vp9,opus');
    expect(videoOptions((type) => type === 'video/webm;codecs=vp8,opus').mimeType).toBe('video/webm;codecs=vp8,opus');
    expect(videoOptions(safari).mimeType).toBe('video/mp4');
    expect(videoOptions(none)).not.toHaveProperty('mimeType');
  });

  it('a picture of 640x360 at a modest bit rate: a minute stays under about 4 MB', () => {
    expect(VIDEO_SIZE.width.ideal).toBe(640);
    expect(VIDEO_SIZE.height.ideal).toBe(360);
    const { audioBitsPerSecond = 0, videoBitsPerSecond = 0 } = videoOptions(chromium);
    const perMinute = ((audioBitsPerSecond + videoBitsPerSecond) * 60) / 8;
    expect(perMinute).toBeGreaterThan(1024 * 1024);
    expect(perMinute).toBeLessThanOrEqual(4 * 1024 * 1024);
  });

  it('whether this browser can record a picture at all', () => {
    expect(canRecordVideo(chromium)).toBe(true);
    expect(canRecordVideo(safari)).toBe(true);
    expect(canRecordVideo((type) => type.startsWith('audio'))).toBe(false);
  });

  it('a download keeps the browser’s file type: .webm or .mp4 with a picture, .m4a for sound alone in MP4', () => {
    const record = { question: 'managing-managers', at: '2026-12-02T10:00:00.000Z' };
    expect(audioFileName({ ...record, type: 'video/webm;codecs=vp9,opus' })).toBe('managing-managers-2026-12-02.webm');
    expect(audioFileName({ ...record, type: 'video/mp4' })).toBe('managing-managers-2026-12-02.mp4');
    expect(audioFileName({ ...record, type: 'audio/mp4' })).toBe('managing-managers-2026-12-02.m4a');
    expect(audioFileName({ ...record, type: 'audio/webm;codecs=opus' })).toBe('managing-managers-2026-12-02.webm');
  });
});
