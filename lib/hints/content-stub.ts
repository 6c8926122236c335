/**
 * The always-loaded part of the content script: it only notices when the hint layer is needed,
 * and then imports it (hints-module.ts, `content-hints.js` in the build).
 *
 * Most pages are read, not written in, and the content script runs in every frame of every page,
 * so what runs there at load is kept to two listeners and one look at the focused element. The
 * rest (settings and their zod schemas, the storage read, the message router, controller, card)
 * costs ~1.7 ms of script time per page at load (bench:page), and is imported when:
 * - an editable field gets focus (`focusin`, which crosses open shadow roots), or one already has
 *   it when the script starts (document_idle comes after `autofocus` and early clicks);
 * - the background sends a command this frame answers (context menu, shortcuts, the builder's
 *   Insert). It is answered once the hint layer is loaded: the listener returns `true` and replies
 *   later, so nothing sent before the load is dropped.
 *
 * No zod here (~0.8 ms per page to build the schemas): the loaded part parses every message.
 */

import type { RuntimeListener, Sender } from '../background/message-listener';
import type { Reply } from '../messages';
import { deepActiveElement, fieldFromEvent, findEditableField } from './editable-field';
import { CONTENT_MESSAGE_TYPES, claimsCommand } from './frame-claims';

/** The hint layer once started: it answers the messages the stub claimed. */
export interface LoadedHints {
  /** A `runtime.onMessage` listener for messages already claimed for this frame. */
  answer: RuntimeListener;
}

/** How the stub starts the hint layer. */
export interface PageHintsOptions {
  document: Document;
  signal: AbortSignal;
  /** The field last focused before the layer started, though focus may have left it since. */
  lastFocused: Element | null;
}

/** What the imported module offers (hints-module.ts). */
export interface HintsModule {
  startPageHints(options: PageHintsOptions): LoadedHints;
}

/**
 * The module's `startPageHints`, checked by hand (zod would cost every page its schemas); throws
 * when the module is not the hint layer.
 */
export function hintsModuleFrom(module: unknown): HintsModule {
  const start =
    typeof module === 'object' && module !== null && 'startPageHints' in module
      ? module.startPageHints
      : undefined;
  if (typeof start !== 'function') throw new TypeError('Not the hints module: no startPageHints');
  return { startPageHints: start as HintsModule['startPageHints'] };
}

/** `runtime.onMessage` as the stub uses it. */
export interface MessageEvent {
  addListener(listener: RuntimeListener): void;
  removeListener(listener: RuntimeListener): void;
}

export interface ContentStubOptions {
  document: Document;
  signal: AbortSignal;
  /** Imports the hint layer (called at most once); a rejection leaves hints off, silently. */
  load: () => Promise<HintsModule>;
  onMessage: MessageEvent;
}

export interface ContentStub {
  /** The hint layer, loaded and started once; null when loading failed or the script stopped. */
  load(): Promise<LoadedHints | null>;
  /** Whether the load was asked for (by focus, a message or `load()`). */
  requested(): boolean;
}

/** A message shaped as an envelope of a content message (the loaded router parses the rest). */
function contentEnvelope(message: unknown): { type: string; payload: unknown } | null {
  if (typeof message !== 'object' || message === null) return null;
  const { type, payload } = message as { type?: unknown; payload?: unknown };
  return typeof type === 'string' && CONTENT_MESSAGE_TYPES.includes(type)
    ? { type, payload }
    : null;
}

export function startContentStub(options: ContentStubOptions): ContentStub {
  const { document: doc, signal, onMessage } = options;
  let loading: Promise<LoadedHints | null> | null = null;
  /** Kept until the layer starts: focus that moves while it loads still names the Insert target. */
  let lastFocused: Element | null = null;
  const onFocusIn = (event: Event) => {
    const field = fieldFromEvent(event);
    if (!field) return;
    lastFocused = field.element;
    void load();
  };

  const load = () =>
    (loading ??= Promise.resolve()
      .then(() => options.load())
      .then(
        (module) => {
          // The controller listens for focus from now on.
          doc.removeEventListener('focusin', onFocusIn, true);
          return signal.aborted
            ? null
            : module.startPageHints({ document: doc, signal, lastFocused });
        },
        () => null,
      ));

  const stub: ContentStub = { load, requested: () => loading !== null };
  if (signal.aborted) return stub;

  const listener: RuntimeListener = (message, sender: Sender, sendResponse) => {
    const envelope = contentEnvelope(message);
    if (!envelope || !claimsCommand(envelope.type, envelope.payload, doc)) return undefined;
    const fail = (error: string) => sendResponse({ ok: false, error } satisfies Reply);
    void load().then((hints) => {
      if (!hints) return fail('The hints could not be loaded in this frame');
      // Claimed here already, so the loaded listener answers; `undefined` would leave the sender waiting.
      if (hints.answer(message, sender, sendResponse) !== true)
        fail(`Not handled: ${envelope.type}`);
    });
    return true;
  };
  onMessage.addListener(listener);
  signal.addEventListener('abort', () => onMessage.removeListener(listener), { once: true });

  doc.addEventListener('focusin', onFocusIn, { capture: true, signal });
  const focused = findEditableField(deepActiveElement(doc));
  if (focused) {
    lastFocused = focused.element;
    void load();
  }
  return stub;
}
