/**
 * Not a test: times list and search over 10,000 drafts on fake-indexeddb in Node, with the target
 * beside each search (< 50 ms) and a ratio against a peer measured in the same run: `Array.filter`
 * over the same folded title+text keys held in memory. Asserts nothing. The browser figures (real
 * IndexedDB) are in builder.bench.ts. Run: `npx tsx test/bench/drafts-search.bench.ts`.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { performance } from 'node:perf_hooks';
import { createDraftsDatabase } from '../../lib/drafts/database';
import type { Draft, DraftLang } from '../../lib/drafts/draft';
import { createDraftsRepository } from '../../lib/drafts/repository';
import { queryTerms, searchKey } from '../../lib/drafts/search-text';

const SEARCH_TARGET_MS = 50;

const COUNT = 10_000;
const TEXTS: Record<DraftLang, string[]> = {
  en: ['Increase newsletter subscribers from 1,200 to 2,000 by June', 'Cut churn to 3% by Q4'],
  zh: ['在第三季度前将月销售额从50万提高到80万', '年底前把客户满意度提高到90%'],
  ru: ['Увеличить выручку на 15% к декабрю', 'Сократить отток клиентов до 3% к концу года'],
  vi: ['Tăng doanh thu quý 3 lên 20% so với quý 2', 'Hoàn thành 5 khóa học trước tháng 12'],
};
const LANGS = Object.keys(TEXTS) as DraftLang[];

async function main() {
  const database = createDraftsDatabase({ factory: new IDBFactory() });
  const repo = createDraftsRepository(database);
  const drafts: Draft[] = Array.from({ length: COUNT }, (_, i) => {
    const lang = LANGS[i % LANGS.length]!;
    const text = `${TEXTS[lang][Math.floor(i / LANGS.length) % 2]!} #${i}`;
    return {
      id: `draft-${i}`,
      title: `${lang.toUpperCase()} goal ${i}`,
      lang,
      // A builder-sized content object, so loading whole drafts costs what it will.
      content: { text, steps: Array.from({ length: 10 }, (_, k) => ({ k, note: text })) },
      text,
      parentId: null,
      status: i % 10 === 0 ? 'archived' : 'active',
      source: null,
      createdAt: 1_700_000_000_000 + i,
      updatedAt: 1_700_000_000_000 + i,
      revision: 1,
    };
  });
  let t = performance.now();
  await repo.importDrafts(drafts);
  console.log(`import ${COUNT}: ${(performance.now() - t).toFixed(0)} ms`);

  const time = async (label: string, run: () => Promise<{ drafts: unknown[] }>) => {
    await run(); // warm-up
    const runs = 5;
    t = performance.now();
    let hits = 0;
    for (let i = 0; i < runs; i++) hits = (await run()).drafts.length;
    console.log(`${label}: ${((performance.now() - t) / runs).toFixed(1)} ms (${hits} hits)`);
  };
  await time('list active, limit 50 (index page)', () => repo.list({ limit: 50 }));
  await time('list active, all (full read)', () => repo.list());
  await time('list deleted, limit 50', () => repo.list({ status: 'deleted', limit: 50 }));

  const keys = drafts.filter((d) => d.status === 'active').map((d) => searchKey(d.title, d.text));
  // The first search after opening reads the index into memory; later ones match in memory.
  const reopened = createDraftsRepository(database);
  t = performance.now();
  const firstHits = (await reopened.search('tang doanh', { limit: 50 })).drafts.length;
  const first = performance.now() - t;
  console.log(
    `first search after open, "tang doanh", limit 50 (loads the index): ${first.toFixed(1)} ms ` +
      `(target < ${SEARCH_TARGET_MS} ms: ${first < SEARCH_TARGET_MS ? 'met' : 'MISSED'}; ${firstHits} hits)`,
  );

  const search = async (label: string, query: string, limit?: number) => {
    const run = () => repo.search(query, { limit });
    await run(); // warm-up: later searches are the "subsequent" figure
    const runs = 5;
    t = performance.now();
    let hits = 0;
    for (let i = 0; i < runs; i++) hits = (await run()).drafts.length;
    const took = (performance.now() - t) / runs;
    const terms = queryTerms(query);
    t = performance.now();
    let peerHits = 0;
    for (let i = 0; i < runs; i++) {
      peerHits = keys.filter((key) => terms.every((term) => key.includes(term))).length;
    }
    const peer = (performance.now() - t) / runs;
    const verdict = took < SEARCH_TARGET_MS ? 'met' : 'MISSED';
    console.log(
      `${label}: ${took.toFixed(1)} ms (target < ${SEARCH_TARGET_MS} ms: ${verdict}; ${hits} hits); ` +
        `${(took / peer).toFixed(0)}× Array.filter over the same folded keys (${peer.toFixed(2)} ms, ${peerHits} hits)`,
    );
  };
  await search('subsequent search "tang doanh" (vi, folded), limit 50', 'tang doanh', 50);
  await search('search "销售额" (zh), limit 50', '销售额', 50);
  await search('search "отток" (ru), all hits', 'отток');
  await search('search "#9999" (one hit)', '#9999');
  await search('search "zzz" (no hit)', 'zzz');
  database.close();
}

void main();
