import type { Route } from '../background/message-listener';
import { CONTENT_MESSAGES, createRouter, type ContentMessages, type Handlers } from '../messages';

/** What the background asks of a frame's hints (the matching part of `HintsHandle`). */
export interface BackgroundCommandsTarget {
  openCardAtSelection(text?: string): Promise<boolean>;
  openNextHint(): boolean;
  insertIntoLastFocused(text: string): Promise<{ inserted: boolean; reason?: string }>;
}

/**
 * The content-script end of the background's messages: requests parsed, handled, replies parsed.
 * Which frame answers is decided before, by the stub (frame-claims.ts).
 */
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
