/**
 * Not a test: speed of the builder and the drafts list in headless Chromium with the built extension
 * and real IndexedDB. Prints figures with their targets and a ratio against a peer measured in the
 * same run; asserts nothing (timing is no unit test).
 *
 *   WXT_OUT_DIR=.output-h4b npx wxt build && EXTENSION_DIR=.output-h4b/chrome-mv3 npm run bench:builder
 *
 * - popup first render to interactive (navigation start → `smartgoal:interactive`, marked by the
 *   builder once its first render with a draft has committed), 1,000 drafts stored vs one;
 * - drafts list first rows (mount → rows committed) over 10,000 drafts vs an empty database;
 * - search over 10,000 drafts through the repository vs `Array.filter` over the same folded keys;
 * - autosave write latency (one `save` through the draft saver) vs a bare IndexedDB put.
 *
 * The repository and the list view are bundled here by esbuild and evaluated in an extension page
 * (popup.html), so they run in the extension origin against the same database the popup uses.
 */
import { build } from 'esbuild';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ROOT, extensionId, launchOptions } from '../e2e/browser.mjs';

const RUNS = 15;
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;

function report(
  label: string,
  value: number,
  target: number | null,
  peer: string,
  peerValue: number,
) {
  const goal =
    target === null ? '' : ` (target < ${target} ms: ${value < target ? 'met' : 'MISSED'})`;
  const ratio = peerValue > 0 ? `${(value / peerValue).toFixed(1)}×` : 'n/a';
  console.log(`${label}: ${ms(value)}${goal}; ${ratio} ${peer} (${ms(peerValue)})`);
}

/** What the bench drives inside the extension page, as one script. */
const PAGE_SCRIPT = `
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { createDraftSaver, createDraftsDatabase, createDraftsRepository, foldForSearch, queryTerms } from '@/lib/drafts';
import { DraftsView } from '@/components/drafts/drafts-view';

const TEXTS = {
  en: ['Increase newsletter subscribers from 1,200 to 2,000 by June', 'Cut churn to 3% by Q4'],
  zh: ['在第三季度前将月销售额从50万提高到80万', '年底前把客户满意度提高到90%'],
  ru: ['Увеличить выручку на 15% к декабрю', 'Сократить отток клиентов до 3% к концу года'],
  vi: ['Tăng doanh thu quý 3 lên 20% so với quý 2', 'Hoàn thành 5 khóa học trước tháng 12'],
};
const LANGS = Object.keys(TEXTS);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function drafts(count, prefix) {
  return Array.from({ length: count }, (_, i) => {
    const lang = LANGS[i % LANGS.length];
    const text = TEXTS[lang][Math.floor(i / LANGS.length) % 2] + ' #' + i;
    return {
      id: prefix + '-' + i,
      title: lang.toUpperCase() + ' goal ' + i,
      lang,
      content: { text, steps: Array.from({ length: 10 }, (_, k) => ({ k, note: text })) },
      text,
      parentId: i % 5 === 4 ? prefix + '-' + (i - 1) : null,
      status: i % 10 === 0 ? 'archived' : 'active',
      source: null,
      createdAt: 1700000000000 + i,
      updatedAt: 1700000000000 + i,
      revision: 1,
    };
  });
}

const open = (name) => {
  const database = createDraftsDatabase(name ? { name } : {});
  return { database, repo: createDraftsRepository(database) };
};

globalThis.__bench = {
  async seed(count, name) {
    const { database, repo } = open(name);
    await repo.importDrafts(drafts(count, name ?? 'seed'));
    const stored = (await repo.list({ status: ['active', 'archived', 'deleted'] })).drafts.length;
    database.close();
    return stored;
  },

  async search(name, queries, runs) {
    const { database, repo } = open(name);
    const all = (await repo.list({ status: ['active', 'archived'] })).drafts;
    const keys = all.map((d) => foldForSearch(d.title) + '\\n' + foldForSearch(d.text));
    // A fresh repository's first search (a popup just opened: connect, read the index into memory);
    // later ones match in memory. Median of five fresh repositories, each on its own connection.
    const firsts = [];
    for (let i = 0; i < 5; i++) {
      const fresh = open(name);
      const t0 = performance.now();
      await fresh.repo.search(queries[0], { limit: 100 });
      firsts.push(performance.now() - t0);
      fresh.database.close();
    }
    const firstMs = median(firsts);
    const out = [];
    for (const query of queries) {
      await repo.search(query, { limit: 100 }); // warm-up
      const times = [];
      let hits = 0;
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        hits = (await repo.search(query, { limit: 100 })).drafts.length;
        times.push(performance.now() - t);
      }
      const terms = queryTerms(query);
      const peer = [];
      let peerHits = 0;
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        peerHits = keys.filter((k) => terms.every((term) => k.includes(term))).length;
        peer.push(performance.now() - t);
      }
      out.push({ query, ms: median(times), hits, peerMs: median(peer), peerHits, firstMs });
    }
    database.close();
    return out;
  },

  async autosave(name, runs) {
    const { database, repo } = open(name);
    const start = await repo.create({ title: 'Autosave bench', lang: 'en', text: 'Grow signups' });
    const saver = createDraftSaver(repo, start);
    const { id: _id, ...fields } = saver.current;
    const times = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await saver.save({ ...fields, text: 'Grow signups from 100 to ' + (200 + i) + ' by June' });
      times.push(performance.now() - t);
    }
    const db = await database.connect();
    const peer = [];
    for (let i = 0; i < runs; i++) {
      const record = { ...saver.current, id: 'bench-peer', text: 'peer ' + i };
      const t = performance.now();
      await db.put('drafts', record);
      peer.push(performance.now() - t);
    }
    await repo.purge('bench-peer');
    await repo.purge(start.id);
    database.close();
    return { ms: median(times), peerMs: median(peer) };
  },

  /** Mount → first rows committed, in ms; the view is unmounted afterwards. */
  async mountList(name) {
    const { database, repo } = open(name);
    await database.connect(); // opening the database is not the list's cost
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    const t = performance.now();
    let check;
    const ready = new Promise((resolve) => {
      check = () => {
        if (host.querySelector('.draft-row, [data-testid="drafts-empty"], .drafts-problem p')) {
          observer.disconnect();
          resolve(performance.now() - t);
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(host, { childList: true, subtree: true });
    });
    root.render(createElement(DraftsView, { repository: repo, lang: 'en', onOpen: () => {} }));
    // Also polled: a commit can land without a mutation record reaching the observer in time.
    const poll = setInterval(check, 1);
    const elapsed = await ready;
    clearInterval(poll);
    const rows = host.querySelectorAll('.draft-row').length;
    const problem = host.querySelector('.drafts-problem')?.textContent;
    if (problem) throw new Error(problem);
    root.unmount();
    host.remove();
    database.close();
    return { ms: elapsed, rows };
  },
};
`;

async function bundle(): Promise<string> {
  const result = await build({
    stdin: { contents: PAGE_SCRIPT, resolveDir: ROOT, loader: 'tsx', sourcefile: 'bench-page.tsx' },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    jsx: 'automatic',
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    loader: { '.css': 'empty' },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** Navigation start → the builder's `smartgoal:interactive` mark of one fresh load; null without it. */
async function popupInteractive(context: BrowserContext, url: string): Promise<number | null> {
  const page = await context.newPage();
  await page.goto(url);
  const mark = await page
    .waitForFunction(
      () => performance.getEntriesByName('smartgoal:interactive')[0]?.startTime,
      undefined,
      { timeout: 10_000 },
    )
    .then((handle) => handle.jsonValue() as Promise<number>)
    .catch(() => null);
  await page.close();
  return mark;
}

async function withBench(page: Page, script: string): Promise<void> {
  // Zod compiles parsers with \`new Function\` when its probe says eval works, and the probe passes
  // under the DevTools protocol while the page's CSP then refuses the compile: tell zod beforehand
  // (its config lives on globalThis and is read when schemas are built).
  await page.evaluate(() => {
    const scope = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
    scope.__zod_globalConfig = { ...scope.__zod_globalConfig, jitless: true };
  });
  // Evaluated through the DevTools protocol, so the page's CSP does not block the script itself.
  await page.evaluate(script);
}

async function main() {
  const script = await bundle();
  const context = await chromium.launchPersistentContext('', launchOptions({ headless: true }));
  try {
    const id = await extensionId(context);
    const popupUrl = `chrome-extension://${id}/popup.html`;
    const load = os.loadavg()[0]!.toFixed(1);
    console.log(
      `builder bench: headless Chromium, ${RUNS} runs each, medians; load average ${load} on ${os.cpus().length} CPUs`,
    );

    // Popup with 1,000 drafts stored, against the popup with the one blank draft the builder makes
    // on first open, in a second browser profile of its own. Loads alternate between the two, so a
    // change in the machine's load falls on both alike.
    const page = await context.newPage();
    await page.goto(popupUrl);
    await withBench(page, script);
    const seeded = await page.evaluate(() => (globalThis as never as Bench).__bench.seed(1000));
    await page.goto('about:blank');
    const peerContext = await chromium.launchPersistentContext(
      '',
      launchOptions({ headless: true }),
    );
    const peerUrl = `chrome-extension://${await extensionId(peerContext)}/popup.html`;
    const fulls: (number | null)[] = [];
    const empties: (number | null)[] = [];
    for (let i = 0; i < RUNS; i++) {
      fulls.push(await popupInteractive(context, popupUrl));
      empties.push(await popupInteractive(peerContext, peerUrl));
    }
    await peerContext.close();
    await page.goto(popupUrl);
    await withBench(page, script);
    const measured = (times: (number | null)[]) =>
      times.includes(null) ? null : median(times as number[]);
    const full = measured(fulls);
    const empty = measured(empties);
    if (empty === null || full === null) {
      console.log(
        'popup first render to interactive: no `smartgoal:interactive` mark in this build',
      );
    } else {
      report(
        `popup first render to interactive, ${seeded} drafts stored`,
        full,
        150,
        'the popup with 1 draft',
        empty,
      );
    }

    // The rest runs in databases of its own, so the popup's database stays as the user's would be.
    await page.evaluate(() => (globalThis as never as Bench).__bench.seed(10_000, 'bench-10k'));
    const lists: number[] = [];
    const blanks: number[] = [];
    let rows = 0;
    for (let i = 0; i < RUNS; i++) {
      const full10k = await page.evaluate(() =>
        (globalThis as never as Bench).__bench.mountList('bench-10k'),
      );
      lists.push(full10k.ms);
      rows = full10k.rows;
      blanks.push(
        (await page.evaluate(() => (globalThis as never as Bench).__bench.mountList('bench-empty')))
          .ms,
      );
    }
    report(
      `drafts list first ${rows} rows, 10,000 drafts stored`,
      median(lists),
      null,
      'the list over an empty database',
      median(blanks),
    );

    const searches = await page.evaluate(
      (runs) =>
        (globalThis as never as Bench).__bench.search(
          'bench-10k',
          ['tang doanh', '销售额', 'отток', 'goal 9999', 'zzz'],
          runs,
        ),
      RUNS,
    );
    for (const s of searches) {
      if (s === searches[0]) {
        report(
          `first search "${s.query}" after open (connects, reads the index; median of 5), over 10,000 drafts`,
          s.firstMs,
          50,
          'Array.filter over the same folded keys',
          s.peerMs,
        );
      }
      report(
        `subsequent search "${s.query}" over 10,000 drafts (real IndexedDB, ${s.hits} shown of ${s.peerHits})`,
        s.ms,
        50,
        'Array.filter over the same folded keys',
        s.peerMs,
      );
    }

    const save = await page.evaluate(
      (runs) => (globalThis as never as Bench).__bench.autosave('bench-10k', runs),
      100,
    );
    report(
      'autosave write latency (draft saver → repository.save)',
      save.ms,
      10,
      'a bare IndexedDB put',
      save.peerMs,
    );
  } finally {
    await context.close();
  }
}

interface Bench {
  __bench: {
    seed(count: number, name?: string): Promise<number>;
    search(
      name: string,
      queries: string[],
      runs: number,
    ): Promise<
      {
        query: string;
        ms: number;
        hits: number;
        peerMs: number;
        peerHits: number;
        firstMs: number;
      }[]
    >;
    autosave(name: string, runs: number): Promise<{ ms: number; peerMs: number }>;
    mountList(name: string): Promise<{ ms: number; rows: number }>;
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
