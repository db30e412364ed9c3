/**
 * Every module a page loads on demand, built together (one Vite build, see lazy.ts), so that what
 * they share (the rehearsal store, the recorder, the analysis) is one file, fetched once whichever
 * feature asks first. Each module defines the custom element it is listed under.
 * Inside this build, modules load each other with a plain import(): a worker build has no preload helper.
 */
export const modules = {
  'rehearse-recorder': () => import('./rehearse/recorder-element.ts'),
  'progress-tools': () => import('./progress-tools.ts'),
  'send-progress': () => import('./send-progress.ts'),
  'offline-status': () => import('./offline-status.ts'),
  'interview-room': () => import('./interview/room.ts'),
  'interview-history': () => import('./interview/history.ts'),
};

export type OnDemand = keyof typeof modules;
