/**
 * Another tab's change to what this device keeps: the `storage` event, which a tab hears for every
 * other tab's write, filtered to the keys a listener shows. `signal` ends the listening (an
 * element's, when it leaves the page). A cleared storage (no key) concerns every listener.
 */
export const onStoredChange = (keys: readonly string[], handler: () => void, signal?: AbortSignal): void =>
  addEventListener('storage', (event) => (!event.key || keys.includes(event.key)) && handler(), { signal } as AddEventListenerOptions);
