import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { LATEST_VERSION, runMigrations } from './migrations';

/**
 * The one IndexedDB database of the extension origin. Values are typed `unknown` on purpose: what
 * comes back from disk may be anything (older code, a bug, a hand edit), so every read goes through
 * a zod schema, and writes go through the typed helpers in `draft-store.ts`.
 */

export const DB_NAME = 'smart-goals';
export const DB_VERSION = LATEST_VERSION;

export interface DraftsDB extends DBSchema {
  drafts: {
    key: string;
    value: unknown;
    indexes: {
      updatedAt: number;
      status: string;
      parentId: string;
      /** `[status, updatedAt]`: a page of the most recent drafts of a status reads only that page. */
      statusUpdated: [string, number];
    };
  };
  /** Folded title and text per draft, packed by bucket (`search-index.ts`): search reads this. */
  searchBuckets: { key: number; value: unknown };
  /** Key `[site, hash]` of hints the user dismissed on a site. */
  ignoredHints: { key: [string, string]; value: unknown; indexes: { site: string } };
  /** Records that failed their schema, moved aside with the reasons (`quarantine.ts`). */
  quarantine: { key: number; value: unknown };
}

export type DraftsConnection = IDBPDatabase<DraftsDB>;
export type StoreName = 'drafts' | 'searchBuckets' | 'ignoredHints' | 'quarantine';

/** Another tab or page holds an older version open and does not let the upgrade run. */
export class DatabaseBlockedError extends Error {
  override readonly name = 'DatabaseBlockedError';
}

/** A migration threw; the upgrade transaction was aborted and the database left as it was. */
export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

export interface OpenOptions {
  name?: string;
  /** Target schema version; tests open older versions to exercise the migration chain. */
  version?: number;
  /** Defaults to the global `indexedDB`; tests pass a fresh `IDBFactory` for isolation. */
  factory?: IDBFactory;
}

/**
 * Opens (creating or upgrading) the database. Rejects with `DatabaseBlockedError` at once when an
 * older connection blocks the upgrade; if that connection closes later, the upgrade still runs and
 * the late connection is closed, so the next open succeeds.
 */
export function openDraftsDb(options: OpenOptions = {}): Promise<DraftsConnection> {
  const { name = DB_NAME, version = DB_VERSION } = options;
  const factory = options.factory ?? globalThis.indexedDB;
  if (!factory) return Promise.reject(new Error('IndexedDB is not available in this context'));
  if (!Number.isInteger(version) || version < 1 || version > LATEST_VERSION) {
    return Promise.reject(new RangeError(`schema version must be 1..${LATEST_VERSION}`));
  }

  return new Promise((resolve, reject) => {
    let settled = false;
    let migrationFailure: unknown;
    const request = factory.open(name, version);

    request.onupgradeneeded = (event) => {
      const db = wrap(request.result) as IDBPDatabase<unknown>;
      const tx = wrap(request.transaction!) as unknown as IDBPTransaction<
        unknown,
        string[],
        'versionchange'
      >;
      // Failures surface through the open request; keep the wrapper's promise from going unhandled.
      tx.done.catch(() => undefined);
      runMigrations(db, tx, event.oldVersion, event.newVersion ?? version).catch((error) => {
        migrationFailure = error;
        try {
          tx.abort();
        } catch {
          // Already finished or aborted: the request's error handler reports it.
        }
      });
    };
    request.onblocked = () => {
      if (settled) return;
      settled = true;
      reject(new DatabaseBlockedError('another page keeps an older version of the drafts open'));
    };
    request.onsuccess = () => {
      const db = request.result;
      if (settled) {
        db.close();
        return;
      }
      settled = true;
      resolve(wrap(db) as DraftsConnection);
    };
    request.onerror = (event) => {
      event.preventDefault();
      if (settled) return;
      settled = true;
      if (migrationFailure !== undefined) {
        const reason =
          migrationFailure instanceof Error ? migrationFailure.message : String(migrationFailure);
        reject(
          new MigrationError(`drafts migration failed: ${reason}`, { cause: migrationFailure }),
        );
      } else {
        reject(request.error ?? new Error('could not open the drafts database'));
      }
    };
  });
}

/**
 * Deletes the database (every draft, ignored hint and quarantined record). Every connection the
 * extension opens (`createDraftsDatabase`) closes itself on `versionchange`, so a delete is blocked
 * only by a page that stays open on an old build: then say so rather than wait forever.
 */
export function deleteDraftsDb(options: Pick<OpenOptions, 'name' | 'factory'> = {}): Promise<void> {
  const { name = DB_NAME } = options;
  const factory = options.factory ?? globalThis.indexedDB;
  if (!factory) return Promise.reject(new Error('IndexedDB is not available in this context'));
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`could not delete ${name}`));
    request.onblocked = () =>
      reject(
        new DatabaseBlockedError(
          'another extension page keeps the drafts open; close it and the deletion finishes',
        ),
      );
  });
}

/**
 * A lazily opened, self-healing connection shared by the repository, ignored hints and import.
 * It closes itself when another context needs a version change (so upgrades are never blocked by
 * us) and reopens on the next use; a failed open is retried on the next use too.
 */
export interface DraftsDatabase {
  connect(): Promise<DraftsConnection>;
  close(): void;
}

export function createDraftsDatabase(options: OpenOptions = {}): DraftsDatabase {
  let current: Promise<DraftsConnection> | undefined;

  const forget = (which: Promise<DraftsConnection>) => {
    if (current === which) current = undefined;
  };

  return {
    connect() {
      if (current) return current;
      const opening = openDraftsDb(options).then((db) => {
        db.addEventListener('versionchange', () => {
          db.close();
          forget(opening);
        });
        // Fired when the browser closes the connection abnormally (storage cleared, crash).
        db.addEventListener('close', () => forget(opening));
        return db;
      });
      opening.catch(() => forget(opening));
      current = opening;
      return opening;
    },
    close() {
      const closing = current;
      current = undefined;
      closing?.then(
        (db) => db.close(),
        () => undefined,
      );
    },
  };
}

/** Aborts a transaction that may already be finished, and swallows its `done` rejection. */
export function abortQuietly(tx: { abort(): void; done: Promise<void> }): void {
  try {
    tx.abort();
  } catch {
    // Already committed or aborted.
  }
  tx.done.catch(() => undefined);
}
