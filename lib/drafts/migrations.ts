import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { bucketOf, SEARCH_BUCKETS } from './search-index';
import { searchKey } from './search-text';

/**
 * The schema history of the `smart-goals` database, one step per version, run in order inside the
 * upgrade transaction. A step never changes once shipped: it works on the raw records of its time
 * (not on today's zod schemas) and tolerates records it does not understand, leaving them for the
 * read path to quarantine. To change the schema, append a step; `DB_VERSION` follows the list.
 */

type UpgradeDb = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

export interface Migration {
  version: number;
  description: string;
  migrate(db: UpgradeDb, tx: UpgradeTx): void | Promise<void>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Rewrites every record of a store the step wants to change; `undefined` leaves one as it is. */
async function rewriteEach(
  tx: UpgradeTx,
  storeName: string,
  change: (value: unknown) => unknown,
): Promise<void> {
  let cursor = await tx.objectStore(storeName).openCursor();
  while (cursor) {
    const next = change(cursor.value);
    if (next !== undefined) await cursor.update(next);
    cursor = await cursor.continue();
  }
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'drafts (indexes updatedAt, status) and quarantine',
    migrate(db) {
      const drafts = db.createObjectStore('drafts', { keyPath: 'id' });
      drafts.createIndex('updatedAt', 'updatedAt');
      drafts.createIndex('status', 'status');
      db.createObjectStore('quarantine', { keyPath: 'qid', autoIncrement: true });
    },
  },
  {
    version: 2,
    description: 'ignoredHints store; drafts get parentId (index, backfilled with null)',
    async migrate(db, tx) {
      const hints = db.createObjectStore('ignoredHints', { keyPath: ['site', 'hash'] });
      hints.createIndex('site', 'site');
      // null is not a valid IndexedDB key, so top-level drafts stay out of the parentId index and
      // the index answers "children of X" only.
      tx.objectStore('drafts').createIndex('parentId', 'parentId');
      await rewriteEach(tx, 'drafts', (value) =>
        isRecord(value) && !('parentId' in value) ? { ...value, parentId: null } : undefined,
      );
    },
  },
  {
    version: 3,
    description: 'searchIndex store, built from the drafts',
    async migrate(db, tx) {
      db.createObjectStore('searchIndex', { keyPath: 'id' });
      const index = tx.objectStore('searchIndex');
      let cursor = await tx.objectStore('drafts').openCursor();
      while (cursor) {
        const v: unknown = cursor.value;
        if (isRecord(v) && typeof v.id === 'string' && typeof v.status === 'string') {
          await index.put({
            id: v.id,
            key: searchKey(
              typeof v.title === 'string' ? v.title : '',
              typeof v.text === 'string' ? v.text : '',
            ),
            status: v.status,
            updatedAt: typeof v.updatedAt === 'number' ? v.updatedAt : 0,
          });
        }
        cursor = await cursor.continue();
      }
    },
  },
  {
    version: 4,
    description: 'drafts index [status, updatedAt] for paged lists',
    migrate(_db, tx) {
      tx.objectStore('drafts').createIndex('statusUpdated', ['status', 'updatedAt']);
    },
  },
  {
    version: 5,
    description: 'search index packed into buckets of parallel arrays (searchBuckets)',
    async migrate(db, tx) {
      db.createObjectStore('searchBuckets', { keyPath: 'n' });
      const buckets = Array.from({ length: SEARCH_BUCKETS }, (_, n) => ({
        n,
        ids: [] as unknown[],
        keys: [] as unknown[],
        statuses: [] as unknown[],
        updatedAt: [] as unknown[],
      }));
      // Entries are copied as they are: the read path checks each one and repairs what fails.
      for (const v of await tx.objectStore('searchIndex').getAll()) {
        if (!isRecord(v) || typeof v.id !== 'string' || v.id === '') continue;
        const bucket = buckets[bucketOf(v.id)]!;
        bucket.ids.push(v.id);
        bucket.keys.push(v.key);
        bucket.statuses.push(v.status);
        bucket.updatedAt.push(v.updatedAt);
      }
      const store = tx.objectStore('searchBuckets');
      for (const bucket of buckets) if (bucket.ids.length > 0) await store.put(bucket);
      db.deleteObjectStore('searchIndex');
    },
  },
];

export const LATEST_VERSION = MIGRATIONS.length;

/** Runs the steps after `oldVersion` up to `newVersion`; a throw aborts the whole upgrade. */
export async function runMigrations(
  db: UpgradeDb,
  tx: UpgradeTx,
  oldVersion: number,
  newVersion: number,
): Promise<void> {
  for (const step of MIGRATIONS) {
    if (step.version > oldVersion && step.version <= newVersion) await step.migrate(db, tx);
  }
}
