import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createDraftsDatabase,
  type DraftsConnection,
  type DraftsDatabase,
} from '../../../lib/drafts/database';
import { createDraftsRepository } from '../../../lib/drafts/repository';
import { readSearchEntry, SearchEntrySchema } from '../../../lib/drafts/search-index';
import { sample, sequentialIds, setup } from './helpers';

describe('readSearchEntry', () => {
  const good = { id: 'd-1', key: 'title\ntext', status: 'active', updatedAt: 5 };
  it.each([
    ['a valid entry', good],
    ['extra fields', { ...good, extra: true }],
    ['every status', { ...good, status: 'deleted' }],
    ['null', null],
    ['a string', 'd-1'],
    ['an empty id', { ...good, id: '' }],
    ['a numeric id', { ...good, id: 7 }],
    ['a missing key', { ...good, key: undefined }],
    ['an unknown status', { ...good, status: 'gone' }],
    ['a string date', { ...good, updatedAt: '5' }],
    ['NaN', { ...good, updatedAt: Number.NaN }],
    ['Infinity', { ...good, updatedAt: Number.POSITIVE_INFINITY }],
  ])('agrees with the schema on %s', (_, raw) => {
    const parsed = SearchEntrySchema.safeParse(raw);
    expect(readSearchEntry(raw)).toEqual(parsed.success ? parsed.data : undefined);
  });
});

/** Counts loads of the whole search index through a database, one wrapper per connection. */
function countingIndexReads(database: DraftsDatabase) {
  let reads = 0;
  const wrapped = new WeakMap<DraftsConnection, DraftsConnection>();
  const wrap = (db: DraftsConnection): DraftsConnection =>
    new Proxy(db, {
      get(target, prop) {
        const value: unknown = Reflect.get(target, prop);
        // Loading the index is the one read-only transaction over the buckets alone.
        if (prop === 'transaction') {
          return (stores: unknown, mode?: string, ...rest: unknown[]) => {
            if (stores === 'searchBuckets' && (mode ?? 'readonly') === 'readonly') reads += 1;
            return (target.transaction as (...args: unknown[]) => unknown)(stores, mode, ...rest);
          };
        }
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      },
    });
  const counted: DraftsDatabase = {
    async connect() {
      const db = await database.connect();
      let proxy = wrapped.get(db);
      if (!proxy) wrapped.set(db, (proxy = wrap(db)));
      return proxy;
    },
    close: () => database.close(),
  };
  return { database: counted, reads: () => reads };
}

const ids = (r: { drafts: { id: string }[] }) => r.drafts.map((d) => d.id);

describe('the search index held in memory', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('reads the index once, then follows its own writes', async () => {
    const { factory, clock } = setup();
    const counter = countingIndexReads(createDraftsDatabase({ factory }));
    const repo = createDraftsRepository(counter.database, {
      newId: sequentialIds(),
      now: clock.now,
    });
    await repo.create(sample({ title: 'Newsletter', text: 'Grow subscribers' }));
    expect(counter.reads()).toBe(0);

    expect(ids(await repo.search('newsletter'))).toEqual(['d-1']);
    expect(ids(await repo.search('subscribers'))).toEqual(['d-1']);
    expect(counter.reads()).toBe(1);

    clock.advance(1000);
    await repo.create(sample({ title: 'Podcast', text: 'Grow listeners' }));
    expect(ids(await repo.search('grow'))).toEqual(['d-2', 'd-1']);
    await repo.delete('d-1');
    expect(ids(await repo.search('grow'))).toEqual(['d-2']);
    expect(ids(await repo.search('grow', { status: 'deleted' }))).toEqual(['d-1']);
    await repo.purge('d-1');
    expect(ids(await repo.search('grow', { status: 'deleted' }))).toEqual([]);
    expect(counter.reads()).toBe(1);
  });

  it('reads the index ahead of the first search when prewarmed', async () => {
    const { factory, repo: a } = setup();
    const counter = countingIndexReads(createDraftsDatabase({ factory }));
    const b = createDraftsRepository(counter.database);
    await a.create(sample({ title: 'Newsletter', text: 'Grow subscribers' }));
    await b.prewarmSearch();
    expect(counter.reads()).toBe(1);
    expect(ids(await b.search('grow'))).toEqual(['d-1']);
    expect(counter.reads()).toBe(1);
  });

  it('sees a write by another repository on the same database once it is announced', async () => {
    const { factory, clock, repo: a } = setup();
    const counter = countingIndexReads(createDraftsDatabase({ factory }));
    const b = createDraftsRepository(counter.database);
    await a.create(sample({ title: 'Newsletter', text: 'Grow subscribers' }));
    expect(ids(await b.search('grow'))).toEqual(['d-1']);

    clock.advance(1000);
    await a.create(sample({ title: 'Podcast', text: 'Grow listeners' }));
    await vi.waitFor(async () => expect(ids(await b.search('grow'))).toEqual(['d-2', 'd-1']));
    expect(counter.reads()).toBe(2);

    await a.delete('d-2');
    await vi.waitFor(async () => expect(ids(await b.search('listeners'))).toEqual([]));
    expect(ids(await b.search('listeners', { status: 'deleted' }))).toEqual(['d-2']);
  });

  it('reads the index on every search where BroadcastChannel is missing', async () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const { factory, clock, repo: a } = setup();
    const counter = countingIndexReads(createDraftsDatabase({ factory }));
    const b = createDraftsRepository(counter.database);
    await a.create(sample({ title: 'Newsletter', text: 'Grow subscribers' }));
    expect(ids(await b.search('grow'))).toEqual(['d-1']);
    clock.advance(1000);
    await a.create(sample({ title: 'Podcast', text: 'Grow listeners' }));
    expect(ids(await b.search('grow'))).toEqual(['d-2', 'd-1']);
    expect(counter.reads()).toBe(2);
  });
});
