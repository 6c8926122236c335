/**
 * The hint layer as its own ES module (`content-hints.js` in the build, made by the hook in
 * wxt.config.ts), imported by the always-loaded stub (content-stub.ts) when a field first gets
 * focus or the background sends a command. It composes what the content script used to start at
 * every page load: settings, the controller and card (content-hints.ts), and the answers to the
 * background's messages. The engine is a module of its own again (engine-module.ts), imported
 * when a field first has text to analyse.
 */

import { browser } from '#imports';
import { toRuntimeListener } from '../background/message-listener';
import { createBackgroundRoute } from './background-messages';
import { copyText } from './clipboard';
import { engineFromModule, startContentHints } from './content-hints';
import type { LoadedHints, PageHintsOptions } from './content-stub';

/** Starts the hint layer in `document` until `signal` aborts (extension update or unload). */
export function startPageHints(options: PageHintsOptions): LoadedHints {
  const { document: doc, signal } = options;
  const hints = startContentHints({
    document: doc,
    lastFocused: options.lastFocused,
    // The engine module, imported into this isolated world on first use.
    loadEngine: async () =>
      engineFromModule(
        await import(/* @vite-ignore */ browser.runtime.getURL('/content-engine.js')),
      ),
    signal,
    send: (envelope) => browser.runtime.sendMessage(envelope),
    t: (key) => browser.i18n.getMessage(key),
    copy: (text) => copyText(doc, text),
  });
  // The stub already decided that this frame answers (frame-claims.ts).
  return { answer: toRuntimeListener(createBackgroundRoute(hints), () => true) };
}
