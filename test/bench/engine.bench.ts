// `npm run bench`: speed of the analysis engine in Node, against write-good in the same process.
// Prints figures and ratios; targets are reported, never asserted (timing is no unit test).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { analyze as analyzeDev } from '../../lib/analysis';
import { bundleModule, ENGINE_MODULE, LAZY_MODULES } from '../../scripts/lazy-modules';
import { ADVERSARIAL, benchDocuments } from './documents';

const require = createRequire(import.meta.url);
const writeGood = require('write-good') as (text: string) => unknown[];

const TODAY = '2026-11-23';

// Each timing starts from a collected heap (`npm run bench:engine` passes --expose-gc), so no input
// pays for the garbage of the one before: after the 2 MB documents, a 100 KB input otherwise
// took up to twice as long.
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => {});

// The engine as the extension ships it: content-engine.js, built by the same function as the
// build. lib/analysis as tsx loads it (CommonJS getters, a keepNames wrapper on every closure)
// runs 1.0–1.4 times slower; that figure is printed beside the paragraph's for reference.
const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'engine-bench-'));
const file = join(dir, ENGINE_MODULE);
writeFileSync(file, await bundleModule(root, ENGINE_MODULE, LAZY_MODULES[ENGINE_MODULE]));
const engineUrl = pathToFileURL(file).href;
const { analyze } = (await import(engineUrl)) as typeof import('../../lib/hints/engine-module');
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time(fn: () => void, minMs = 400, minRuns = 5): number[] {
  const runs: number[] = [];
  collectGarbage();
  const start = performance.now();
  while (runs.length < minRuns || performance.now() - start < minMs) {
    const t = performance.now();
    fn();
    runs.push(performance.now() - t);
  }
  return runs;
}

const { document, paragraph200 } = benchDocuments();

const rows: [string, string, string][] = [];
const row = (what: string, value: string, target = '') => rows.push([what, value, target]);

// 1. A 200-word paragraph.
const para = paragraph200();
// Warm up for a second, not one run: V8 compiles the engine's functions in the background over the
// first few hundred runs, and a median over that phase measured the compiler (0.9–1.2 ms, against
// ~0.8 ms after it). The cost of a cold start is the last section's figure, per language.
const warmUp = (fn: () => void) => {
  for (const start = performance.now(); performance.now() - start < 1000;) fn();
};
warmUp(() => analyze(para, { today: TODAY }));
const paraRuns = time(() => analyze(para, { today: TODAY }), 1500, 200);
const paraMedian = median(paraRuns);
// The fastest run beside the median: on a shared machine the spread says how much is the machine.
row(
  '200-word paragraph, median',
  `${(paraMedian * 1000).toFixed(0)} µs (fastest run ${(Math.min(...paraRuns) * 1000).toFixed(0)} µs)`,
  `< 500 µs: ${paraMedian < 0.5 ? 'met' : 'MISSED'}`,
);
// For reference only: the same source run through tsx, as `npm run goals` and the tests run it.
warmUp(() => analyzeDev(para, { today: TODAY }));
const devMedian = median(time(() => analyzeDev(para, { today: TODAY }), 1500, 200));
row(
  '200-word paragraph, tsx dev transform',
  `${(devMedian * 1000).toFixed(0)} µs`,
  `${(devMedian / paraMedian).toFixed(1)}× the shipped module`,
);

// 2. Throughput on ~2 MB mixed-language text, and linearity 1 MB vs 2 MB.
const twoMb = document(2_000_000);
const oneMb = twoMb.slice(0, Math.floor(twoMb.length / 2));
analyze(oneMb, { today: TODAY });
const t1 = median(time(() => analyze(oneMb, { today: TODAY }), 2000, 3));
const t2 = median(time(() => analyze(twoMb, { today: TODAY }), 2000, 3));
const mbps = bytes(twoMb) / 1e6 / (t2 / 1000);
row(
  '~2 MB mixed en/zh/ru/vi, throughput',
  `${mbps.toFixed(2)} MB/s (${t2.toFixed(0)} ms for ${(bytes(twoMb) / 1e6).toFixed(2)} MB)`,
);
row(
  'time(2 MB) / time(1 MB)',
  (t2 / t1).toFixed(2),
  `≈ 2 (linear): ${t2 / t1 < 2.4 ? 'met' : 'MISSED'}`,
);

// 3. The peer: write-good on the English part of the same text.
const english = document(500_000, ['en']);
writeGood(english.slice(0, 10_000));
const tw = median(time(() => writeGood(english), 2000, 3));
const te = median(time(() => analyze(english, { today: TODAY }), 2000, 3));
const wgMbps = bytes(english) / 1e6 / (tw / 1000);
const enMbps = bytes(english) / 1e6 / (te / 1000);
row('English 0.5 MB: engine', `${enMbps.toFixed(2)} MB/s`);
row('English 0.5 MB: write-good (peer)', `${wgMbps.toFixed(2)} MB/s`);
row(
  'engine / write-good speed per byte',
  `${(enMbps / wgMbps).toFixed(2)}×`,
  `≥ 1×: ${enMbps >= wgMbps ? 'met' : 'MISSED'}`,
);

// 4. Adversarial 100 KB inputs: the slowest run of each is judged; the median shows the usual one.
let worst = 0;
let worstName = '';
let worstMedian = 0;
// Beside them, 100 KB of ordinary text (corpus lines of all four languages), which the target
// covers too ("no input of 100 KB"): what a long real document costs, not a pathological one.
const HUNDRED_KB: Record<string, string> = {
  ...ADVERSARIAL,
  'ordinary text (not adversarial), four languages': document(100_000),
};
for (const [name, text] of Object.entries(HUNDRED_KB)) {
  const runs = time(() => analyze(text, { today: TODAY }), 300, 3);
  const ms = Math.max(...runs);
  if (ms > worst) [worst, worstName, worstMedian] = [ms, name, median(runs)];
  row(
    `100 KB adversarial: ${name}`,
    `${ms.toFixed(1)} ms slowest (median ${median(runs).toFixed(1)})`,
    ms <= 50 ? '≤ 50 ms: met' : '≤ 50 ms: MISSED',
  );
}
// A peer for the worst input: copying its result (structuredClone), which any consumer across a
// worker or message boundary pays. Back-to-back goals make a result of thousands of segments,
// diagnostics and rewrites; the ratio says how much of the time is the analysis itself.
{
  const input = HUNDRED_KB[worstName]!;
  const result = analyze(input, { today: TODAY });
  const cloned = median(time(() => structuredClone(result), 300, 3));
  row(
    `  its result (${worstName})`,
    `${result.segments.length} segments, ${result.diagnostics.length} diagnostics, ${(JSON.stringify(result).length / 1e6).toFixed(1)} MB as JSON`,
  );
  row(
    '  structuredClone of that result (peer)',
    `${cloned.toFixed(1)} ms`,
    `analysis ${worstMedian.toFixed(1)} ms (median) = ${(worstMedian / cloned).toFixed(2)}× copying its result`,
  );
}

// 5. What the first keystroke in a page pays: a fresh worker imports the module, then analyses one
// goal of a language, which builds that lexicon's regexes and lets V8 compile them.
const FIRST_USE = `
const { parentPort, workerData: d } = require('node:worker_threads');
import(d.url).then(({ analyze }) => {
  const t = performance.now();
  analyze(d.text, { today: d.today });
  parentPort.postMessage(performance.now() - t);
});`;
const FIRST_GOALS = {
  en: 'Increase trial-to-paid conversion from 12% to 15% by March 31 through onboarding emails.',
  zh: '在第三季度末前将新用户次日留存率从 35% 提升到 45%。',
  ru: 'Увеличить выручку на 15% до конца квартала за счёт новых клиентов.',
  vi: 'Tăng doanh thu thêm 20% trước cuối quý 3 nhờ kênh bán hàng trực tuyến.',
} as const;
function firstUse(text: string): Promise<number> {
  const worker = new Worker(FIRST_USE, {
    eval: true,
    workerData: { url: engineUrl, text, today: TODAY },
  });
  return new Promise<number>((done, fail) => {
    worker.once('message', done);
    worker.once('error', fail);
  }).finally(() => void worker.terminate());
}
for (const [lang, text] of Object.entries(FIRST_GOALS)) {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) runs.push(await firstUse(text));
  row(`first analysis in a fresh worker, ${lang}`, `${median(runs).toFixed(1)} ms (median of 3)`);
}
rmSync(dir, { recursive: true });

const w = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length))];
console.log(`Engine benchmark (Node ${process.version}, ${process.arch})\n`);
if (!(globalThis as { gc?: unknown }).gc)
  console.log('(no --expose-gc: heaps are not collected between timings)\n');
for (const [a, b, c] of rows) console.log(`${a.padEnd(w[0]!)}  ${b.padEnd(w[1]!)}  ${c}`);
console.log(`\nworst adversarial input: ${worst.toFixed(1)} ms`);
