import { browser } from '#imports';
import { toRuntimeListener, type RuntimeListener } from '../background/message-listener';
import { CONTENT_MESSAGES, createRouter, type ContentMessages, type Handlers } from '../messages';

/** What the background asks of a frame's hints (the matching part of `HintsHandle`). */
export interface BackgroundCommandsTarget {
  openCardAtSelection(text?: string): Promise<boolean>;
  openNextHint(): boolean;
  insertIntoLastFocused(text: string): Promise<{ inserted: boolean; reason?: string }>;
}

/** Focus is in this document itself, not only in one of its child frames. */
export function hasOwnFocus(doc: Document): boolean {
  if (!doc.hasFocus()) return false;
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  // A focused child frame shows in its parent as the focused <iframe> (or <frame>) element.
  return active?.localName !== 'iframe' && active?.localName !== 'frame';
}

/**
 * The content-script end of the background's messages. Shortcuts are sent to every frame of the
 * tab (the background cannot tell which one has focus), so a shortcut is answered only by the
 * frame that has focus; the others stay silent rather than race it with "nothing here". Context
 * menu clicks and inserts name their frame and are always answered.
 */
export function createBackgroundListener(
  target: BackgroundCommandsTarget,
  doc: Document,
): RuntimeListener {
  const handlers: Handlers<ContentMessages> = {
    'card/open-at-selection': async ({ text }) => ({
      opened: await target.openCardAtSelection(text),
    }),
    'hints/next': () => ({ opened: target.openNextHint() }),
    'field/insert': ({ text }) => target.insertIntoLastFocused(text),
  };
  const route = createRouter(CONTENT_MESSAGES, handlers);
  return toRuntimeListener(route, (type, payload) => {
    if (type === 'hints/next') return hasOwnFocus(doc);
    if (type === 'card/open-at-selection') {
      const named = typeof payload === 'object' && payload !== null && 'text' in payload;
      return named || hasOwnFocus(doc);
    }
    return type === 'field/insert';
  });
}

/** Registers the listener until `signal` aborts (extension update or unload). */
export function listenToBackground(
  target: BackgroundCommandsTarget,
  signal: AbortSignal,
  doc: Document = document,
): void {
  if (signal.aborted) return;
  const listener = createBackgroundListener(target, doc);
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), {
    once: true,
  });
}
