import { CONTENT_MESSAGES, createClient } from '../messages';

/** `tabs.sendMessage` as the background calls it; `frameId` absent sends to every frame. */
export type SendToTab = (
  tabId: number,
  envelope: { type: string; payload: unknown },
  options: { frameId?: number },
) => Promise<unknown>;

/**
 * A typed client for the content script of one tab, in one frame or in all of them. Requests are
 * checked before they leave and replies parsed on arrival (`createClient`); a tab without our
 * content script (a browser page, a tab opened before the install) rejects.
 */
export function contentClient(send: SendToTab, tabId: number, frameId?: number) {
  return createClient(CONTENT_MESSAGES, (envelope) =>
    send(tabId, envelope, frameId === undefined ? {} : { frameId }),
  );
}

export type ContentClient = ReturnType<typeof contentClient>;
