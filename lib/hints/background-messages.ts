import {
  toRuntimeListener,
  type Route,
  type RuntimeListener,
} from '../background/message-listener';
import { CONTENT_MESSAGES, createRouter, type ContentMessages, type Handlers } from '../messages';
import { claimsCommand } from './frame-claims';

export { hasOwnFocus } from './frame-claims';

/** What the background asks of a frame's hints (the matching part of `HintsHandle`). */
export interface BackgroundCommandsTarget {
  openCardAtSelection(text?: string): Promise<boolean>;
  openNextHint(): boolean;
  insertIntoLastFocused(text: string): Promise<{ inserted: boolean; reason?: string }>;
}

/** The content-script end of the background's messages: requests parsed, handled, replies parsed. */
export function createBackgroundRoute(target: BackgroundCommandsTarget): Route {
  const handlers: Handlers<ContentMessages> = {
    'card/open-at-selection': async ({ text }) => ({
      opened: await target.openCardAtSelection(text),
    }),
    'hints/next': () => ({ opened: target.openNextHint() }),
    'field/insert': ({ text }) => target.insertIntoLastFocused(text),
  };
  return createRouter(CONTENT_MESSAGES, handlers);
}

/**
 * The route as a `runtime.onMessage` listener that answers only what this frame claims
 * (`claimsCommand`: a shortcut only in the frame that has focus).
 */
export function createBackgroundListener(
  target: BackgroundCommandsTarget,
  doc: Document,
): RuntimeListener {
  return toRuntimeListener(createBackgroundRoute(target), (type, payload) =>
    claimsCommand(type, payload, doc),
  );
}
