import { browser, defineContentScript } from '#imports';
import { hintsModuleFrom, startContentStub } from '@/lib/hints/content-stub';

// Inline hints and the hint card in every editable field of every frame. Composition only: the
// always-loaded stub imports the hint layer (content-hints.js, built by wxt.config.ts) when a field
// gets focus or the background sends a command; everything registered ends with `ctx.signal`
// (extension update or unload).
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  // Also blob:/data:/srcdoc frames an editor creates (Chrome; Firefox MV2 has no such key).
  matchOriginAsFallback: { chrome: true },
  runAt: 'document_idle',
  // WXT's legacy window.postMessage at start runs every message listener the page has.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startContentStub({
      document,
      signal: ctx.signal,
      load: async () =>
        hintsModuleFrom(
          await import(/* @vite-ignore */ browser.runtime.getURL('/content-hints.js')),
        ),
      onMessage: browser.runtime.onMessage,
    });
  },
});
