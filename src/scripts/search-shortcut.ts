import { isTyping, singleKeyShortcutsOn } from '../lib/shortcuts.ts';

/**
 * Focuses `input` on "/" (unless single-key shortcuts are off) and on Ctrl+K or Cmd+K,
 * never while the reader is typing in a field. Returns a function that unbinds it.
 */
export function bindSearchShortcut(input: HTMLInputElement): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || isTyping(event.target)) return;
    const command = event.ctrlKey || event.metaKey;
    const slash = event.key === '/' && !command && singleKeyShortcutsOn();
    const k = event.key.toLowerCase() === 'k' && command;
    if (!slash && !k) return;
    event.preventDefault();
    input.focus();
    input.select();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
