/** Whether this browser can record at all: asked before any recorder code loads (recorder.ts loads on the first Record). */
export const canRecord = () => typeof MediaRecorder === 'function' && typeof navigator.mediaDevices?.getUserMedia === 'function';
