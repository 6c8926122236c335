// `npm run bench:page`: what the content script costs the pages it runs in, in headless Chromium
// with the built extension ($EXTENSION_DIR, else .output/chrome-mv3). Main-thread script time is
// CDP `Performance.getMetrics` ScriptDuration (all scripts of the page's renderer, content scripts
// included), never wall time. Every figure is set beside the same measurement in the same run
// with a do-nothing content script (a tiny extension built in a temp dir) and with no extension.
// Figures and targets are printed, never asserted.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { extensionDir, launchOptions } from '../e2e/browser.mjs';
import { loadCorpus } from '../support/corpus';

const LOADS = Number(process.env.BENCH_LOADS ?? 10);
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 200);

// ── pages ───────────────────────────────────────────────────────────────────────────────────────

// Deterministic text from the English corpus.
let seed = 7;
const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const english = loadCorpus('corpus', 'en').map((l) => l.text);
const sentence = () => english[Math.floor(rand() * english.length)]!;

function paragraphs(words: number): string[] {
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    const p: string[] = [];
    for (let i = 0; i < 4; i++) p.push(sentence());
    const text = p.join(' ');
    count += text.split(/\s+/).length;
    out.push(text);
  }
  return out;
}

const escape = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const shell = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `<style>body{font:16px/1.5 system-ui,sans-serif;margin:40px;max-width:760px}` +
  `[contenteditable]{border:1px solid #888;padding:8px}</style></head><body>${body}</body></html>`;

const editable = (paras: string[]) =>
  `<div id="doc" contenteditable="true" autofocus role="textbox" aria-label="Document">` +
  paras.map((p) => `<p>${escape(p)}</p>`).join('') +
  `</div>`;

const docParas = paragraphs(20_000);
const PAGES: Record<string, string> = {
  '/blank.html': shell('blank', ''),
  // An article: text, links, no field anywhere.
  '/article.html': shell(
    'article',
    `<h1>Article</h1>${paragraphs(1_000)
      .map((p) => `<p>${escape(p)} <a href="#x">more</a></p>`)
      .join('')}`,
  ),
  // A 20,000-word document in a contenteditable that has the focus at load.
  '/doc.html': shell('document', editable(docParas)),
  // A goal list short enough to be analysed (under the 20,000-character cap), focused at load.
  '/goals.html': shell('goals', editable(paragraphs(300))),
};
const docWords = docParas.join(' ').split(/\s+/).length;
const docChars = docParas.join('\n').length;

async function serve(): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const page = PAGES[new URL(req.url ?? '/', 'http://x').pathname];
    if (!page) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

// ── browsers ────────────────────────────────────────────────────────────────────────────────────

type Variant = 'none' | 'do-nothing' | 'extension';
const VARIANTS: Variant[] = ['none', 'do-nothing', 'extension'];

/** An extension whose content script runs where ours does and does nothing. */
async function doNothingExtension(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'smartgoal-noop-'));
  const manifest = {
    manifest_version: 3,
    name: 'do-nothing',
    version: '1.0.0',
    content_scripts: [
      {
        matches: ['<all_urls>'],
        js: ['content.js'],
        run_at: 'document_idle',
        all_frames: true,
        match_about_blank: true,
      },
    ],
  };
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(path.join(dir, 'content.js'), '// Intentionally empty: the baseline.\n');
  return dir;
}

async function launch(variant: Variant, noop: string): Promise<BrowserContext> {
  const dir = variant === 'extension' ? extensionDir() : noop;
  const options = launchOptions({ headless: true, dir });
  if (variant === 'none') {
    options.args = [
      ...options.args.filter((a) => !/^--(disable-extensions-except|load-extension)=/.test(a)),
      '--disable-extensions',
    ];
  }
  return chromium.launchPersistentContext('', options);
}

// ── measuring ───────────────────────────────────────────────────────────────────────────────────

interface Metrics {
  script: number;
  layout: number;
}

async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { script: get('ScriptDuration'), layout: get('LayoutDuration') };
}

/** A page on the local server with the Performance domain on, and its metrics now. */
async function openMeasured(context: BrowserContext, origin: string) {
  const page = await context.newPage();
  // Same origin first, so the measured navigation stays in this renderer process.
  await page.goto(`${origin}/blank.html`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return { page, cdp };
}

/** Script time of loading `url` (until the content script has run at document_idle and settled). */
async function loadCost(context: BrowserContext, url: string): Promise<Metrics> {
  const { page, cdp } = await openMeasured(context, new URL(url).origin);
  const before = await metrics(cdp);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(600); // document_idle, the first analysis of a focused field, a frame
  const after = await metrics(cdp);
  await page.close();
  return { script: after.script - before.script, layout: after.layout - before.layout };
}

const KEYS = 'increase revenue by twelve percent soon ';

/** Script time of each of `n` keystrokes typed at the end of the focused document. */
async function keystrokeCosts(page: Page, cdp: CDPSession, n: number): Promise<Metrics[]> {
  await page.keyboard.press('Control+End');
  await page.waitForTimeout(500);
  const out: Metrics[] = [];
  for (let i = 0; i < n; i++) {
    const before = await metrics(cdp);
    await page.keyboard.type(KEYS[i % KEYS.length]!);
    await page.waitForTimeout(20); // a frame: any render the keystroke scheduled has run
    const after = await metrics(cdp);
    out.push({ script: after.script - before.script, layout: after.layout - before.layout });
  }
  return out;
}

/** Script time in the second after typing stops: the debounced analysis and its repaint. */
async function pauseCost(page: Page, cdp: CDPSession): Promise<Metrics> {
  const before = await metrics(cdp);
  await page.waitForTimeout(1000);
  const after = await metrics(cdp);
  return { script: after.script - before.script, layout: after.layout - before.layout };
}

// ── statistics and printing ─────────────────────────────────────────────────────────────────────

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const pct = (xs: number[], p: number) =>
  sorted(xs)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const ms = (x: number) => `${x.toFixed(3)} ms`;
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

const rows: [string, string, string][] = [];
const row = (what: string, value: string, target = '') => rows.push([what, value, target]);

async function main() {
  const bundle = await readFile(path.join(extensionDir(), 'content-scripts/content.js'));
  const gz = gzipSync(bundle, { level: 9 }).length;
  const noop = await doNothingExtension();
  const server = await serve();
  const contexts = {} as Record<Variant, BrowserContext>;
  try {
    for (const v of VARIANTS) contexts[v] = await launch(v, noop);
    const version = contexts.none.browser()?.version() ?? (await chromiumVersion(contexts.none));

    // 1. Loads, interleaved across variants so drift hits all alike.
    const loads: Record<string, Record<Variant, Metrics[]>> = {};
    for (const name of ['article', 'doc', 'goals']) {
      loads[name] = { none: [], 'do-nothing': [], extension: [] };
      for (let i = 0; i < LOADS; i++) {
        for (const v of VARIANTS) {
          loads[name]![v].push(await loadCost(contexts[v], `${server.origin}/${name}.html`));
        }
      }
    }
    const median = (name: string, v: Variant) =>
      pct(
        loads[name]![v].map((m) => m.script),
        50,
      );
    for (const [name, label] of [
      ['article', 'load, page without fields'],
      ['doc', `load, ${docWords.toLocaleString('en')}-word contenteditable (focused)`],
      ['goals', 'load, 300-word goal list (focused, analysed)'],
    ] as const) {
      const none = median(name, 'none');
      const noopMs = median(name, 'do-nothing');
      const ext = median(name, 'extension');
      row(
        `${label}: no extension / do-nothing / extension (median script)`,
        `${ms(none)} / ${ms(noopMs)} / ${ms(ext)}`,
      );
      row(
        `${label}: extension − do-nothing`,
        ms(ext - noopMs),
        name === 'article' ? `≤ 1 ms: ${verdict(ext - noopMs <= 1)}` : '',
      );
    }

    // 2. Keystrokes into the 20,000-word document and into the analysed goal list.
    for (const [name, label] of [
      ['doc', `keystroke, ${docWords.toLocaleString('en')}-word document`],
      ['goals', 'keystroke, 300-word goal list with hints'],
    ] as const) {
      const costs: Partial<Record<Variant, Metrics[]>> = {};
      const pauses: Partial<Record<Variant, Metrics>> = {};
      for (const v of ['none', 'extension'] as const) {
        const { page, cdp } = await openMeasured(contexts[v], server.origin);
        await page.goto(`${server.origin}/${name}.html`);
        await page.waitForTimeout(800);
        costs[v] = await keystrokeCosts(page, cdp, KEYSTROKES);
        pauses[v] = await pauseCost(page, cdp);
        await page.close();
      }
      const none = costs.none!.map((m) => m.script);
      const ext = costs.extension!.map((m) => m.script);
      const added = mean(ext) - mean(none);
      const stats = (xs: number[]) =>
        `p50 ${ms(pct(xs, 50))}, p95 ${ms(pct(xs, 95))}, max ${ms(Math.max(...xs))}`;
      row(`${label}: no extension`, stats(none));
      row(`${label}: extension`, stats(ext), `max ≤ 4 ms: ${verdict(Math.max(...ext) <= 4)}`);
      row(`${label}: added by the extension, mean`, ms(added), `< 1 ms: ${verdict(added < 1)}`);
      row(
        `${label}: layout, mean (no extension / extension)`,
        `${ms(mean(costs.none!.map((m) => m.layout)))} / ${ms(mean(costs.extension!.map((m) => m.layout)))}`,
      );
      row(
        `${label}: 1 s after typing stops (analysis), script`,
        `${ms(pauses.none!.script)} / ${ms(pauses.extension!.script)} (none / extension)`,
      );
    }

    row(
      'always-loaded content script (stub), gzip -9',
      `${(gz / 1024).toFixed(1)} KB (${(bundle.length / 1024).toFixed(1)} KB raw)`,
      `< 60 KB: ${verdict(gz < 60 * 1024)}`,
    );
    // The modules the stub imports: the hint layer when a field first gets focus (or the
    // background sends a command), the engine when a field first has text to analyse.
    for (const [file, label] of [
      ['content-hints.js', 'hint layer module (imported on the first focused field)'],
      ['content-engine.js', 'engine module (imported on the first analysis)'],
    ] as const) {
      const module = await readFile(path.join(extensionDir(), file)).catch(() => null);
      if (!module) continue;
      row(
        `${label}, gzip -9`,
        `${(gzipSync(module, { level: 9 }).length / 1024).toFixed(1)} KB (${(module.length / 1024).toFixed(1)} KB raw)`,
      );
    }

    const w = [
      Math.max(...rows.map((r) => r[0].length)),
      Math.max(...rows.map((r) => r[1].length)),
    ];
    console.log(
      `In-page benchmark (Chromium ${version}, headless; main-thread ScriptDuration from CDP; ` +
        `${LOADS} loads per variant, ${KEYSTROKES} keystrokes; ${docChars.toLocaleString('en')} chars in the document)\n`,
    );
    for (const [a, b, c] of rows) console.log(`${a.padEnd(w[0]!)}  ${b.padEnd(w[1]!)}  ${c}`);
  } finally {
    for (const c of Object.values(contexts)) await c.close();
    await server.close();
    await rm(noop, { recursive: true, force: true });
  }
}

async function chromiumVersion(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  const ua = await page.evaluate(() => navigator.userAgent);
  await page.close();
  return /Chrome\/([\d.]+)/.exec(ua)?.[1] ?? 'unknown';
}

await main();
