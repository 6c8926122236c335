import { EnvelopeSchema, type MessageContext, type Reply } from '../messages';

/**
 * `runtime.onMessage` glue shared by the background and the content script: turns a router from
 * `createRouter` into a listener.
 *
 * Replies go through `sendResponse` with `return true`: the one way every Chrome and Firefox
 * version keeps the channel open for an asynchronous reply. Returning a Promise (or using an
 * `async` listener) is Firefox's way; older Chrome versions take it as "no reply" and the sender
 * gets `undefined`.
 */

/** What we read of `runtime.MessageSender`. */
export interface Sender {
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

export type Route = (raw: unknown, context: MessageContext) => Promise<Reply | undefined>;

export type RuntimeListener = (
  message: unknown,
  sender: Sender,
  sendResponse: (reply: Reply) => void,
) => true | undefined;

export function senderContext(sender: Sender): MessageContext {
  const context: MessageContext = {};
  if (sender.tab?.id !== undefined) context.tabId = sender.tab.id;
  if (sender.frameId !== undefined) context.frameId = sender.frameId;
  if (sender.url !== undefined) context.url = sender.url;
  return context;
}

/**
 * `claims(type, payload)` decides synchronously whether this listener answers: an envelope that is
 * not ours, or a type another context handles, gets `undefined` so the sender hears from the right
 * listener (or learns that nobody answered) instead of from us.
 */
export function toRuntimeListener(
  route: Route,
  claims: (type: string, payload: unknown) => boolean,
): RuntimeListener {
  return (message, sender, sendResponse) => {
    const envelope = EnvelopeSchema.safeParse(message);
    if (!envelope.success || !claims(envelope.data.type, envelope.data.payload)) return undefined;
    route(message, senderContext(sender)).then(
      (reply) =>
        sendResponse(reply ?? { ok: false, error: `No handler for ${envelope.data.type}` }),
      // The router never throws; this keeps a bug from leaving the sender waiting forever.
      (error: unknown) => sendResponse({ ok: false, error: String(error) }),
    );
    return true;
  };
}
