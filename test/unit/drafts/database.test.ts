import { describe, it, expect } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import {
  createDraftsDatabase,
  DatabaseBlockedError,
  DB_VERSION,
  openDraftsDb,
} from '../../../lib/drafts/database';
import { createDraftsRepository } from '../../../lib/drafts/repository';
import { sample } from './helpers';

describe('drafts database connection', () => {
  it('opens once and shares the connection', async () => {
    const database = createDraftsDatabase({ factory: new IDBFactory() });
    const [a, b] = await Promise.all([database.connect(), database.connect()]);
    expect(a).toBe(b);
    database.close();
  });

  it('steps aside when another page upgrades, then reconnects on next use', async () => {
    const factory = new IDBFactory();
    // An old page still on version 2, with our self-closing connection.
    const old = createDraftsDatabase({ factory, version: 2 });
    const before = await old.connect();
    // A newer page upgrades: not blocked, because the old connection closes itself.
    const current = createDraftsDatabase({ factory });
    const repo = createDraftsRepository(current);
    await repo.create(sample());
    expect((await current.connect()).version).toBe(DB_VERSION);
    // The old page's next use reconnects (and, being older, is refused with VersionError).
    await expect(old.connect()).rejects.toMatchObject({ name: 'VersionError' });
    expect(before).not.toBe(await current.connect());
  });

  it('reports a blocked upgrade with DatabaseBlockedError, and succeeds once unblocked', async () => {
    const factory = new IDBFactory();
    // A raw connection that ignores versionchange, like a page from before this code.
    const stubborn = await openDraftsDb({ factory, version: 1 });
    const database = createDraftsDatabase({ factory });
    await expect(database.connect()).rejects.toBeInstanceOf(DatabaseBlockedError);
    stubborn.close();
    // Let the pending upgrade finish, then the next use gets through.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const db = await database.connect();
    expect(db.version).toBe(DB_VERSION);
  });

  it('lets the database be deleted while connected', async () => {
    const factory = new IDBFactory();
    const database = createDraftsDatabase({ factory });
    await database.connect();
    await new Promise<void>((resolve, reject) => {
      const request = factory.deleteDatabase('smart-goals');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('blocked'));
    });
    const repo = createDraftsRepository(database);
    expect((await repo.list()).drafts).toEqual([]);
  });
});
