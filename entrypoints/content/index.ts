import { defineContentScript } from '#imports';
import { analyze } from '@/lib/analysis';
import { startHints } from '@/lib/hints';

// Inline hints in every editable field of every frame. Composition only: the logic is in
// lib/hints, and everything it registers ends with `ctx.signal` (extension update or unload).
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  // Also blob:/data:/srcdoc frames an editor creates (Chrome; Firefox MV2 has no such key).
  matchOriginAsFallback: { chrome: true },
  runAt: 'document_idle',
  main(ctx) {
    startHints({
      document,
      analyze: (text) => analyze(text, { unit: 'sentence' }),
      signal: ctx.signal,
    });
  },
});
