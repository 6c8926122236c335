import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import {
  createDraftsDatabase,
  type DraftsConnection,
  type OpenOptions,
} from '../../../lib/drafts/database';
import type { NewDraft } from '../../../lib/drafts/draft';
import { createDraftsRepository, type RepositoryOptions } from '../../../lib/drafts/repository';
import {
  applyToBuckets,
  bucketOf,
  readBucket,
  type SearchEntry,
} from '../../../lib/drafts/search-index';

/** A clock tests move by hand. */
export function manualClock(start = Date.UTC(2026, 0, 1)) {
  let time = start;
  return {
    now: () => time,
    advance(ms: number) {
      time += ms;
    },
  };
}

/** Predictable ids: d-1, d-2, … */
export function sequentialIds(prefix = 'd') {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

/** A repository on its own in-memory IndexedDB, isolated from every other test. */
export function setup(options: RepositoryOptions & OpenOptions = {}) {
  const factory = options.factory ?? new IDBFactory();
  const database = createDraftsDatabase({ factory, name: options.name, version: options.version });
  const clock = manualClock();
  const repo = createDraftsRepository(database, {
    now: clock.now,
    newId: sequentialIds(),
    ...options,
  });
  return { factory, database, clock, repo };
}

export const sample = (overrides: Partial<NewDraft> = {}): NewDraft => ({
  title: 'Grow the newsletter',
  lang: 'en',
  text: 'Increase subscribers from 1,200 to 2,000 by 30 June 2026.',
  content: { metric: 'subscribers', baseline: 1200, target: 2000 },
  ...overrides,
});

/** The search entry stored for `id`, read straight from its bucket (undefined when absent). */
export async function storedEntry(db: DraftsConnection, id: string) {
  const bucket = readBucket(await db.get('searchBuckets', bucketOf(id)));
  return bucket?.entries.find((e) => e.id === id);
}

/** Writes raw search entries around the repository, as another version or a bug could. */
export async function putRawEntries(db: DraftsConnection, entries: readonly SearchEntry[]) {
  const tx = db.transaction('searchBuckets', 'readwrite');
  await applyToBuckets(tx.store, new Map(entries.map((e) => [e.id, e])), () => {
    throw new Error('no bucket to rebuild in this test');
  });
  await tx.done;
}
