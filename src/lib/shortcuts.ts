import { SHORTCUTS_KEY } from './kept/keys.ts';
import { readItem } from './storage.ts';

/** Fields where a typed character is text, not a shortcut. */
const TYPING =
  'textarea,select,[contenteditable]:not([contenteditable="false"]),input:not([type=checkbox],[type=radio],[type=button],[type=submit],[type=reset],[type=file])';

/** Controls that act on Space and Enter themselves, so a shortcut must not act again. */
const ACTIVATES = 'button,a[href],summary,input,select,textarea,[role=button],[role=switch]';

export function isTyping(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(TYPING) !== null;
}

export function activatesItself(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(ACTIVATES) !== null;
}

/** Single-key shortcuts are on unless the reader switched them off (WCAG 2.1.4). */
export function singleKeyShortcutsOn(): boolean {
  return readItem(SHORTCUTS_KEY) !== 'off';
}
