/**
 * Which frame answers a message from the background. Shortcuts are sent to every frame of the tab
 * (the background cannot tell which one has focus), so a shortcut is answered only by the frame
 * that has focus; the others stay silent rather than race it with "nothing here". Context menu
 * clicks and inserts name their frame and are always answered.
 *
 * No zod and no extension API: the always-loaded stub (content-stub.ts) decides with this before
 * the rest of the hint layer is loaded, and the loaded listener (background-messages.ts) the same.
 */

import { deepActiveElement } from './editable-field';

/** The types of `CONTENT_MESSAGES` (lib/messages.ts), listed here so the stub needs no zod. */
export const CONTENT_MESSAGE_TYPES = ['card/open-at-selection', 'hints/next', 'field/insert'];

/** Focus is in this document itself, not only in one of its child frames. */
export function hasOwnFocus(doc: Document): boolean {
  if (!doc.hasFocus()) return false;
  const active = deepActiveElement(doc);
  // A focused child frame shows in its parent as the focused <iframe> (or <frame>) element.
  return active?.localName !== 'iframe' && active?.localName !== 'frame';
}

/** Whether this frame answers a content message of `type` (decided synchronously). */
export function claimsCommand(type: string, payload: unknown, doc: Document): boolean {
  if (type === 'hints/next') return hasOwnFocus(doc);
  if (type === 'card/open-at-selection') {
    const named = typeof payload === 'object' && payload !== null && 'text' in payload;
    return named || hasOwnFocus(doc);
  }
  return type === 'field/insert';
}
