/**
 * Every module a page loads on demand, built together (one Vite build, see lazy.ts), so that what
 * they share (the rehearsal store, the recorder, the analysis) is one file, fetched once whichever
 * feature asks first. Each module defines the custom element it is listed under, or (the study
 * plan's) exports what it does.
 * Inside this build, modules load each other with a plain import(): a worker build has no preload helper.
 */
// The smallest helper of all travels with this list, which is always fetched first, rather than in
// a chunk of its own (a request and a gzip header more) or in the store's.
export { clock } from '../../lib/clock.ts';
import rehearseStyles from '../rehearsal/rehearse.css?url';

export const modules = {
  replan: () => import('../../lib/plan/replan.ts'),
  'plan-controls': () => import('../plan/plan-controls.ts'),
  'practice-timer': () => import('../practice/practice-timer.ts'),
  'take-progress': () => import('../transfer/take-progress.ts'),
  // The Rehearse panel's styles, asked for before its recorder (a tenth of its size), which they
  // style once they arrive (lazy.ts, openRehearsal).
  'rehearse-recorder': () => (document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: rehearseStyles })), import('../rehearsal/recorder-element.ts')),
  'progress-tools': () => import('../transfer/progress-tools.ts'),
  'send-progress': () => import('../transfer/send-progress.ts'),
  'interview-room': () => import('../interview/room.ts'),
  'interview-history': () => import('../interview/history.ts'),
  'bank-interview': () => import('../interview/bank-interview.ts'),
  camera: () => import('../rehearsal/camera.ts'),
  // The value every tab shares (src/lib/shared-value.ts), with a page's first change of it.
  share: () => import('../../lib/shared-value.ts'),
};

export type OnDemand = keyof typeof modules;

/** The modules that define no element: their exports are what a page uses. */
export type OnDemandModule = 'replan' | 'plan-controls' | 'take-progress' | 'bank-interview' | 'camera' | 'share';
