import { browser, defineContentScript } from '#imports';
import { listenToBackground } from '@/lib/hints/background-messages';
import { copyText } from '@/lib/hints/clipboard';
import { engineFromModule, startContentHints } from '@/lib/hints/content-hints';

// Inline hints and the hint card in every editable field of every frame. Composition only: the
// logic is in lib/hints, and everything it registers ends with `ctx.signal` (extension update or
// unload).
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  // Also blob:/data:/srcdoc frames an editor creates (Chrome; Firefox MV2 has no such key).
  matchOriginAsFallback: { chrome: true },
  runAt: 'document_idle',
  main(ctx) {
    const hints = startContentHints({
      document,
      // The engine module (built by wxt.config.ts), imported into this isolated world on first use.
      loadEngine: async () =>
        engineFromModule(
          await import(/* @vite-ignore */ browser.runtime.getURL('/content-engine.js')),
        ),
      signal: ctx.signal,
      send: (envelope) => browser.runtime.sendMessage(envelope),
      t: (key) => browser.i18n.getMessage(key),
      copy: (text) => copyText(document, text),
    });
    listenToBackground(hints, ctx.signal);
  },
});
