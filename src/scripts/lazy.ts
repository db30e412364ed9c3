/**
 * Code a page needs only after a click: a module built on its own that defines a custom element,
 * loaded the first time it is wanted. The element's class is the module's interface (an upgraded
 * element's methods, like a <dialog>'s showModal()), so nothing needs to be exported.
 *
 * Import the module's URL with `?worker&url`: Vite then builds it as one self-contained ES module
 * (`worker.format: 'es'`) and hands back its URL under the base path. A plain `import('./x.ts')`
 * would work too, but brings Vite's preload helper into every page's first load (vitejs/vite#18551):
 * 0.7 KB gzip against a 5 KB budget, for chunks that have nothing to preload.
 */
export async function lazyElement(url: string, name: string): Promise<CustomElementConstructor> {
  if (!customElements.get(name)) await import(/* @vite-ignore */ url);
  return customElements.whenDefined(name);
}

/** A stylesheet for code loaded on demand (imported with `?url`); resolves once it applies. */
export const lazyStyles = (href: string) =>
  new Promise((onload, onerror) => document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href, onload, onerror })));
