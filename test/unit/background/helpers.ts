import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';
import type { RuntimeListener, Sender } from '@/lib/background/message-listener';
import { createDraftsDatabase } from '@/lib/drafts/database';
import type { Reply } from '@/lib/messages';

/** A drafts database of its own per test (fake-indexeddb). */
export function draftsDatabase() {
  return createDraftsDatabase({ factory: new IDBFactory() });
}

/**
 * Delivers `message` the way the browser does: the listener must say synchronously whether it
 * answers (`true`), and the reply arrives through `sendResponse`.
 */
export function deliver(listener: RuntimeListener, message: unknown, sender: Sender = {}) {
  let respond!: (reply: Reply) => void;
  const reply = new Promise<Reply>((resolve) => (respond = resolve));
  const sendResponse = vi.fn(respond);
  const returned = listener(message, sender, sendResponse);
  return { returned, reply, sendResponse };
}

/** A tab's content script as `tabs.sendMessage` reaches it: answers with `value`, or rejects. */
export function fakeSendToTab(answer: (type: string, payload: unknown) => unknown) {
  return vi.fn(
    async (_tabId: number, envelope: { type: string; payload: unknown }, _options: object) => ({
      ok: true,
      value: answer(envelope.type, envelope.payload),
    }),
  );
}
