// The content script's lazy modules and how they are bundled: shared by wxt.config.ts (the build)
// and the engine benchmark.
import { build } from 'vite';

/**
 * The content script's lazily imported ES modules, beside the small always-loaded stub
 * (lib/hints/content-stub.ts): the hint layer, imported when a field first gets focus or the
 * background sends a command (lib/hints/hints-module.ts), and the analysis engine, imported when
 * a field first has text to analyse (lib/hints/engine-module.ts). Vite's bundler (Rolldown), not
 * esbuild: it drops the engine's unused zod schemas (less than half the size).
 */
export const HINTS_MODULE = 'content-hints.js';
export const ENGINE_MODULE = 'content-engine.js';
export const LAZY_MODULES = {
  [HINTS_MODULE]: 'lib/hints/hints-module.ts',
  [ENGINE_MODULE]: 'lib/hints/engine-module.ts',
};

/**
 * One lazy module as the extension ships it. The engine benchmark times these exact bytes
 * (test/bench/engine.bench.ts), not the engine as a dev-time TypeScript loader transforms it.
 */
export async function bundleModule(root: string, file: string, input: string): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    // `browser` as WXT's own entry points get it; the modules use no other '#imports' export.
    resolve: { alias: { '@': root, '#imports': 'wxt/browser' } },
    build: {
      write: false,
      // Chrome and Firefox (strict_min_version 142) both run ES2022 as written.
      target: 'es2022',
      minify: true,
      // Not library mode: that keeps whitespace in ES output (a quarter more to parse).
      rolldownOptions: {
        input,
        preserveEntrySignatures: 'exports-only',
        output: { format: 'es', entryFileNames: file },
      },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunks = outputs.flatMap((o) => ('output' in o ? o.output : []));
  const entry = chunks.find((c) => c.type === 'chunk' && c.isEntry);
  if (!entry || entry.type !== 'chunk' || chunks.length !== 1) {
    throw new Error(`${file}: expected one self-contained chunk from ${input}`);
  }
  return entry.code;
}
