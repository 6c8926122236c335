import { describe, expect, it } from 'vitest';
import { createDraftsRepository } from '../../../lib/drafts/repository';
import {
  applyToBuckets,
  bucketOf,
  packBucket,
  readBucket,
  SEARCH_BUCKETS,
  type PackedBucket,
  type SearchEntry,
} from '../../../lib/drafts/search-index';
import { putRawEntries, sample, setup, storedEntry } from './helpers';

const entry = (id: string, key = `${id}\n`, updatedAt = 1): SearchEntry => ({
  id,
  key,
  status: 'active',
  updatedAt,
});

/** A bucket store in memory, counting reads and writes. */
function memoryStore(initial: unknown[] = []) {
  const records = new Map<number, unknown>(
    initial.map((r) => [(r as { n: number }).n, structuredClone(r)]),
  );
  let gets = 0;
  let puts = 0;
  return {
    records,
    counts: () => ({ gets, puts }),
    async get(n: number) {
      gets += 1;
      return structuredClone(records.get(n));
    },
    async put(bucket: PackedBucket) {
      puts += 1;
      records.set(bucket.n, structuredClone(bucket));
    },
  };
}

const noRebuild = () => Promise.reject(new Error('unexpected rebuild'));

describe('bucketOf', () => {
  // The bucket of an id is stored on disk: these values must never change.
  it.each([
    ['d-1', 17],
    ['d-2', 24],
    ['a', 44],
    ['0b8f6f2e-4c1a-4e7b-9a51-2f4c9d1e7a30', 50],
    ['目标', 2],
  ])('puts %s in bucket %i', (id, n) => {
    expect(bucketOf(id)).toBe(n);
  });

  it('spreads random ids evenly', () => {
    const sizes = new Array<number>(SEARCH_BUCKETS).fill(0);
    for (let i = 0; i < 10_000; i++) sizes[bucketOf(crypto.randomUUID())]! += 1;
    expect(Math.min(...sizes)).toBeGreaterThan(90);
    expect(Math.max(...sizes)).toBeLessThan(230);
  });
});

describe('readBucket', () => {
  const n = bucketOf('d-1');
  it.each([
    ['null', null],
    ['a string', 'bucket'],
    ['no bucket number', { ids: [], keys: [], statuses: [], updatedAt: [] }],
    ['a bucket number out of range', { ...packBucket(SEARCH_BUCKETS, []) }],
    ['a fractional bucket number', { ...packBucket(1.5, []) }],
    ['a field that is not an array', { ...packBucket(n, []), keys: 'x' }],
    ['arrays of different lengths', { ...packBucket(n, [entry('d-1')]), statuses: [] }],
  ])('rejects %s as a whole', (_, raw) => {
    expect(readBucket(raw)).toBeUndefined();
  });

  it('keeps good entries and names the broken ones by id', () => {
    const good = entry('d-1');
    const raw = packBucket(n, [good, entry('d-1x')]);
    raw.ids.push('bad', '', 7 as never);
    raw.keys.push('k', 'k', 'k');
    raw.statuses.push('gone', 'active', 'active');
    raw.updatedAt.push(1, 1, 1);
    const read = readBucket(raw)!;
    expect(read.entries).toEqual([good]);
    // `d-1x` hashes elsewhere: a write to that draft would never find it here.
    expect(bucketOf('d-1x')).not.toBe(n);
    expect(read.broken).toEqual(['d-1x', 'bad']);
  });
});

describe('applyToBuckets', () => {
  it('adds, updates and removes entries, one read and one write per bucket', async () => {
    const store = memoryStore();
    const ids = ['d-1', 'd-2', 'd-3', 'd-4'];
    await applyToBuckets(store, new Map(ids.map((id) => [id, entry(id)])), noRebuild);
    const touched = new Set(ids.map(bucketOf)).size;
    expect(store.counts()).toEqual({ gets: touched, puts: touched });

    await applyToBuckets(
      store,
      new Map([
        ['d-1', entry('d-1', 'changed\n', 2)],
        ['d-2', null],
        ['missing', null],
      ]),
      noRebuild,
    );
    const all = [...store.records.values()].flatMap((r) => readBucket(r)!.entries);
    expect(all.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      entry('d-1', 'changed\n', 2),
      entry('d-3'),
      entry('d-4'),
    ]);
  });

  it('leaves broken entries on disk for search to repair', async () => {
    const n = bucketOf('d-1');
    const raw = packBucket(n, []);
    raw.ids.push('d-1x');
    raw.keys.push(5 as never);
    raw.statuses.push('active');
    raw.updatedAt.push(1);
    const store = memoryStore([raw]);
    await applyToBuckets(store, new Map([['d-1', entry('d-1')]]), noRebuild);
    const read = readBucket(store.records.get(n))!;
    expect(read.entries).toEqual([entry('d-1')]);
    expect(read.broken).toEqual(['d-1x']);
  });

  it('rebuilds a record that is not a bucket, then applies the change', async () => {
    const n = bucketOf('d-1');
    const store = memoryStore([{ n, ids: 'garbage' }]);
    const rebuilt: number[] = [];
    await applyToBuckets(store, new Map([['d-1', entry('d-1', 'new\n')]]), async (b) => {
      rebuilt.push(b);
      return [entry('d-1', 'old\n'), entry('d-1y')].filter((e) => bucketOf(e.id) === b);
    });
    expect(rebuilt).toEqual([n]);
    expect(readBucket(store.records.get(n))!.entries).toContainEqual(entry('d-1', 'new\n'));
  });
});

describe('search repairs the packed index', () => {
  async function twoDrafts() {
    const ctx = setup();
    await ctx.repo.create(sample({ title: 'Newsletter', text: 'Grow subscribers' }));
    ctx.clock.advance(1000);
    await ctx.repo.create(sample({ title: 'Podcast', text: 'Grow listeners' }));
    return { ...ctx, db: await ctx.database.connect() };
  }
  const ids = (r: { drafts: { id: string }[] }) => r.drafts.map((d) => d.id);

  it('re-derives a broken entry from its draft instead of losing the draft from search', async () => {
    const { repo, db, database } = await twoDrafts();
    await putRawEntries(db, [{ ...entry('d-1'), status: 'gone' as never }]);
    // A fresh repository (another page) reads the broken entry from disk.
    const fresh = createDraftsRepository(database);
    expect(ids(await fresh.search('subscribers'))).toEqual(['d-1']);
    expect((await storedEntry(db, 'd-1'))?.status).toBe('active');
    expect(ids(await repo.search('grow'))).toEqual(['d-2', 'd-1']);
  });

  it('rebuilds every broken bucket record met by one search', async () => {
    const { db, database } = await twoDrafts();
    expect(bucketOf('d-1')).not.toBe(bucketOf('d-2'));
    await db.put('searchBuckets', { n: bucketOf('d-1'), ids: 'x' });
    await db.put('searchBuckets', { n: bucketOf('d-2'), keys: [] });
    const fresh = createDraftsRepository(database);
    expect(ids(await fresh.search('grow'))).toEqual(['d-2', 'd-1']);
    expect((await storedEntry(db, 'd-1'))?.key).toContain('subscribers');
    expect((await storedEntry(db, 'd-2'))?.key).toContain('listeners');
  });

  it('rebuilds a bucket record that is not a bucket', async () => {
    const { db, database } = await twoDrafts();
    const n = bucketOf('d-2');
    await db.put('searchBuckets', { n, ids: null });
    const fresh = createDraftsRepository(database);
    // The search that meets the broken bucket rebuilds it first, and finds d-2.
    expect(ids(await fresh.search('listeners'))).toEqual(['d-2']);
    expect((await storedEntry(db, 'd-2'))?.key).toContain('listeners');
  });
});
