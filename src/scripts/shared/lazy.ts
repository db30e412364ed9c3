import type { OnDemand, OnDemandModule } from './on-demand.ts';
import onDemandUrl from './on-demand.ts?worker&url';

/**
 * Code a page needs only after a click: a custom element whose module loads the first time it is
 * wanted. The element's class is the module's interface (an upgraded element's methods, like a
 * <dialog>'s showModal()), so nothing else needs to be exported.
 *
 * Those modules are built as one Vite "worker" build (`?worker&url`, `worker.format: 'es'`), whose
 * entry (on-demand.ts) lists them: a worker build splits shared code into chunks of its own, and
 * has no preload helper. A plain `import('../x.ts')` from a page would bring Vite's preload helper
 * into every page's first load (vitejs/vite#18551): 0.7 KB gzip against a 5 KB budget.
 */
const onDemand = async () => ((await import(/* @vite-ignore */ onDemandUrl)) as typeof import('./on-demand.ts')).modules;

export async function lazyElement(name: Exclude<OnDemand, OnDemandModule>): Promise<CustomElementConstructor> {
  if (!customElements.get(name)) await (await onDemand())[name]();
  return customElements.whenDefined(name);
}

/**
 * A module loaded on demand that is used by its exports (the study plan's scheduler, its date form
 * and calendar, the value every tab shares), or one that defines an element and also exports what
 * another page reads (the past interviews' reading of them, for the home page).
 */
export const lazyModule = <K extends OnDemand>(name: K) =>
  onDemand().then((modules): Promise<unknown> => modules[name]()) as ReturnType<(typeof import('./on-demand.ts'))['modules'][K]>;

/**
 * A Rehearse panel opened (`event` is its <details>' toggle): the recorder, which defines
 * <rehearse-recorder> inside it, loads the first time, its styles first (on-demand.ts). A page with
 * a panel (a question's, a story's, practice) hands its panel's toggle here; pages without one carry
 * no more than this.
 */
export function openRehearsal(event: Event): void {
  const details = event.target as HTMLDetailsElement;
  const panel = details.closest<HTMLElement>('rehearse-panel');
  if (panel && details.open) lazyElement('rehearse-recorder').catch(() => (panel.querySelector('rehearse-recorder')!.textContent = panel.dataset['failed']!));
}
