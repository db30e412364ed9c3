/** Builds an element: attributes (or properties, for `hidden`, `disabled`, `textContent`, `onclick`…) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string | number | boolean | undefined | ((event: Event) => unknown)> = {},
  ...children: (Node | string | false | undefined | null)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (name in element && !name.includes('-')) (element as unknown as Record<string, unknown>)[name] = value;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children.filter((child): child is Node | string => !!child));
  return element;
}

/** "47 KB", "1.2 MB", "10 GB". */
export function bytes(n: number): string {
  const [value, unit] = n < 1024 ** 2 ? [Math.max(1, n / 1024), 'KB'] : n < 1024 ** 3 ? [n / 1024 ** 2, 'MB'] : [n / 1024 ** 3, 'GB'];
  return `${value < 10 && unit !== 'KB' ? value.toFixed(1) : Math.round(value)} ${unit}`;
}

/** Saves a Blob as a file the person chose to download. */
export function download(blob: Blob, name: string): void {
  const link = h('a', { href: URL.createObjectURL(blob), download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** Tells an open Rehearse panel that the attempts changed under it (deleted, imported). */
export const REHEARSALS_CHANGED = 'rehearsals-changed';
export const announceRehearsals = () => document.dispatchEvent(new Event(REHEARSALS_CHANGED));
