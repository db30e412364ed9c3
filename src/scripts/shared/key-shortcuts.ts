// Keyboard shortcuts, declared where they act: an element names its keys in `data-key` ("n
// ArrowRight", "Space Enter", "/ Ctrl+K"), and that key, pressed anywhere but in a field, clicks it
// (or, for a field, moves the focus there). Single keys obey the switch that turns them off (WCAG
// 2.1.4); Ctrl+K (or Cmd+K) works regardless. Nothing happens while a dialog is open, or when
// Space or Enter would already press what has the focus. One listener for the whole site.
import { activatesItself, isTyping, singleKeyShortcutsOn } from '../../lib/shortcuts.ts';

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.altKey || isTyping(event.target) || document.querySelector('dialog[open]')) return;
  const command = event.ctrlKey || event.metaKey;
  const key = command ? `Ctrl+${event.key.toUpperCase()}` : event.key === ' ' ? 'Space' : event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (!command && (!singleKeyShortcutsOn() || ((key === 'Space' || key === 'Enter') && activatesItself(event.target)))) return;
  // The last one shown: the page's own before the header's; none that is hidden (a rating before the answer shows).
  const target = [...document.querySelectorAll<HTMLElement>(`[data-key~="${CSS.escape(key)}"]`)].filter((element) => element.getClientRects().length).at(-1);
  if (!target) return;
  event.preventDefault();
  if (target instanceof HTMLInputElement) {
    target.focus();
    target.select();
  } else target.click();
});
