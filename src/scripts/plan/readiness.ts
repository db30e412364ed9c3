// Am I ready? On the home page (and a round's), with an interview date: how many answers you would
// recall on the day, ready or at risk, and each one worst first, a tap from rehearsing it. The
// figures are worked out with FSRS (src/lib/plan/recall.ts), by the scheduler's module on demand.
import type { readiness as Readiness } from '../../lib/plan/recall.ts';
import { readSettings } from '../../lib/plan/settings.ts';
import { STORY_ID } from '../../lib/stories/story.ts';
import { storyUrl } from '../../lib/stories/urls.ts';
import { questionUrl } from '../../lib/url.ts';
import { h } from '../shared/dom.ts';
import type { PlanHost } from './plan-controls.ts';

/** How many answers show at first: the worst; the rest one tap away. */
const FIRST = 3;

export function showReadiness(plan: PlanHost, readiness: typeof Readiness): void {
  const interview = plan.interview!;
  // Its time, or the start of its day, on this device's clock.
  const on = new Date(`${interview.day}T${interview.time ?? '00:00'}`);
  const { retention } = readSettings(plan.settings).settings;
  const ids = new Set(plan.ids);
  const { answers, ready, atRisk } = readiness({ progress: plan.progress, questions: plan.questions.filter(({ id }) => ids.has(id)), on, retention, now: new Date() });
  plan.$('[data-ready-count]').textContent = `${ready} of ${answers.length} ready · ${atRisk} at risk`;
  // Each answer: its name (to rehearse it), its recall in words (ready or at risk said, not only
  // shown), and a bar as long as the recall, marked at the aim.
  const rows = answers.map(({ id, title, recall, rated, ready }) => {
    const bar = h('span', { className: 'meter', 'aria-hidden': 'true' }, h('span', {}));
    bar.style.setProperty('--recall', String(recall));
    bar.style.setProperty('--aim', String(retention));
    return h(
      'li',
      { className: ready ? 'ready' : 'at-risk' },
      h('a', { href: `${STORY_ID.test(id) ? storyUrl(id) : questionUrl(id)}#rehearse` }, title),
      h('span', { className: 'recall' }, rated ? `${Math.round(recall * 100)}% on the day` : 'not practised yet', h('span', { className: 'visually-hidden' }, ready ? ': ready' : ': at risk')),
      bar,
    );
  });
  const rest = rows.slice(FIRST);
  plan.$('[data-ready-note]').textContent = 'If you practised no more: your recall on the day, from your ratings (FSRS). Ready is at least the recall you aim for; the plan’s reviews raise the rest.';
  plan.$('[data-ready-list]').replaceChildren(
    ...rows.slice(0, FIRST),
    ...(rest.length ? [h('li', { className: 'more' }, h('details', {}, h('summary', {}, `The other ${rest.length}`), h('ol', { className: 'ready-list' }, ...rest)))] : []),
  );
}
