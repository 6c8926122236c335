// Bundles the editor fixture pages' scripts (test/fixtures/pages/editors/*.ts, *.tsx) with
// esbuild into test-results/editor-pages/, where PageServer serves them at /editor-pages/. Real
// editors from node_modules, everything in the bundle: the pages make no request but to the local
// server. Skipped when no input changed since the last build (esbuild's metafile lists every file
// that went in), so `npm test` pays for it once. Playwright's globalSetup, or on its own:
// `node test/e2e/editors/build-pages.mjs [--force]`.
import console from 'node:console';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SOURCE_DIR = path.join(ROOT, 'test/fixtures/pages/editors');
export const OUT_DIR = path.join(ROOT, 'test-results/editor-pages');
const STAMP = path.join(OUT_DIR, 'inputs.json');
const SELF = fileURLToPath(import.meta.url);

async function entryPoints() {
  const names = await readdir(SOURCE_DIR);
  return names
    .filter((n) => /\.tsx?$/.test(n) && !n.endsWith('.d.ts'))
    .sort()
    .map((n) => path.join(SOURCE_DIR, n));
}

/** The last build's inputs and when it ran, or null. */
async function readStamp() {
  try {
    return JSON.parse(await readFile(STAMP, 'utf8'));
  } catch {
    return null;
  }
}

async function mtime(file) {
  return (await stat(file).catch(() => null))?.mtimeMs ?? Infinity;
}

/** Whether the last build is current: same entries, no input (or this script) newer than it. */
async function upToDate(entries) {
  const stamp = await readStamp();
  if (!stamp || JSON.stringify(stamp.entries) !== JSON.stringify(entries)) return false;
  // npm keeps the packages' own (old) mtimes: the lock file says when node_modules changed.
  const files = [
    SELF,
    path.join(ROOT, 'package-lock.json'),
    ...stamp.inputs.map((f) => path.join(ROOT, f)),
  ];
  for (const file of files) if ((await mtime(file)) > stamp.builtAt) return false;
  return true;
}

export async function buildEditorPages({ force = false, log = console.log } = {}) {
  const entries = (await entryPoints()).map((f) => path.relative(ROOT, f));
  if (!force && (await upToDate(entries))) return { built: false, entries };
  const started = Date.now();
  await rm(OUT_DIR, { recursive: true, force: true });
  await mkdir(OUT_DIR, { recursive: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: entries,
    outdir: OUT_DIR,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    jsx: 'automatic',
    // React and the editors check this; development builds would log warnings to the console.
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.svg': 'text' },
    minify: false,
    sourcemap: false,
    metafile: true,
    logLevel: 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('<'));
  await writeFile(STAMP, JSON.stringify({ builtAt: started, entries, inputs }));
  log(
    `editor pages: bundled ${entries.length} in ${Date.now() - started} ms → ${path.relative(ROOT, OUT_DIR)}`,
  );
  return { built: true, entries };
}

// Playwright globalSetup.
export default async function globalSetup() {
  await buildEditorPages();
}

if (process.argv[1] === SELF) {
  await buildEditorPages({ force: process.argv.includes('--force') });
}
