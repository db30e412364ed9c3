// What the home page shows from this device beyond the plan, a build of its own (as lazy.ts
// explains) loaded where there is something to show (a date kept, or a rating given): never on a
// first visit. The date's form shows what is stored. Each answer's recall on the interview day is worked out by the scheduler's module on
// demand (replan.ts, with FSRS); the last mock interview is read by the past interviews' module,
// where this device has the store. Their styles come first, so nothing shows unstyled and moves.
// <study-plan> calls it each time it shows the plan again.
import { DB_NAME } from '../../lib/kept/keys.ts';
import type { lazyModule } from '../shared/lazy.ts';
import { showLast } from '../interview/last-interview.ts';
import styles from './home-figures.css?url';
import type { PlanHost } from './plan-controls.ts';
import { showReadiness } from './readiness.ts';

/** The page's way to code on demand (lazy.ts), handed in: this build does not carry the list of modules. */
export type Lazy = typeof lazyModule;

let styled: Promise<unknown> | undefined;
const withStyles = () =>
  (styled ??= new Promise((resolve) => {
    document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: styles, onload: resolve, onerror: resolve }));
  }));

let lastShown = false;

let folded = false;

/** The date's form with what is stored: defaults, not values, so whatever was typed stays. */
function fillForm(plan: PlanHost) {
  const form = plan.querySelector<HTMLFormElement>('[data-date-form]');
  if (!form) return;
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
  const date = plan.interview;
  field('day').defaultValue = date?.day ?? '';
  field('time').defaultValue = date?.time ?? '';
  // The page marks the default recall as selected; a stored one, when there is one, replaces it.
  const retention = plan.settings?.retention;
  if (retention) for (const option of (field('retention') as unknown as HTMLSelectElement).options) option.defaultSelected = Number(option.value) === retention;
  plan.$('[data-remove]').hidden = !date;
}

export function fill(plan: PlanHost, lazy: Lazy): void {
  fillForm(plan);
  // A date ahead: the answers' readiness for it, and the date's form, asked for openly until there
  // was one, folded under "Change the date" as the readiness shows (one change, not two). These
  // styles draw the strip's many days too.
  if (plan.hasAttribute('data-dated'))
    void Promise.all([lazy('replan'), withStyles()]).then(([{ readiness }]) => {
      showReadiness(plan, readiness);
      const form = plan.querySelector<HTMLDetailsElement>('.plan-date');
      if (form && !folded) form.open = false;
      folded = true;
    });
  const last = document.querySelector<HTMLElement>('[data-last-interview]');
  if (!last || lastShown) return;
  lastShown = true;
  // The store's code only where the device has the store (a browser that cannot say looks anyway).
  void Promise.resolve(globalThis.indexedDB?.databases?.())
    .then((all) => !all || all.some((database) => database.name === DB_NAME))
    .catch(() => true)
    .then(async (may) => {
      if (!may) return;
      const [{ listSessions }] = await Promise.all([lazy('interview-history'), withStyles()]);
      await showLast(last, listSessions);
    });
}
