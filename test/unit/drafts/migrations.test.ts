import { describe, it, expect, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { DB_NAME, DB_VERSION, MigrationError, openDraftsDb } from '../../../lib/drafts/database';
import { MIGRATIONS } from '../../../lib/drafts/migrations';
import { setup } from './helpers';

/** Stores, key paths and indexes of a connection, comparable with toEqual. */
function shape(db: IDBDatabase) {
  const names = [...db.objectStoreNames].sort();
  const tx = db.transaction(names, 'readonly');
  return {
    version: db.version,
    stores: Object.fromEntries(
      names.map((name) => {
        const store = tx.objectStore(name);
        const indexes = [...store.indexNames].sort().map((i) => {
          const index = store.index(i);
          return { name: i, keyPath: index.keyPath, unique: index.unique };
        });
        return [name, { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes }];
      }),
    ),
  };
}

const raw = (db: { close(): void }) => db as unknown as IDBDatabase & { close(): void };

/** A v1 record: no parentId yet. */
const v1Draft = (id: string, title: string, text: string, updatedAt: number) => ({
  id,
  title,
  lang: 'vi',
  content: { metric: 'doanh thu' },
  text,
  status: 'active',
  source: null,
  createdAt: updatedAt - 10,
  updatedAt,
  revision: 3,
});

describe('drafts schema migrations', () => {
  it('numbers the steps 1..n and makes the last one current', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(DB_VERSION).toBe(MIGRATIONS.length);
    expect(DB_VERSION).toBeGreaterThanOrEqual(2);
  });

  it('installs fresh at the current version with every store and index', async () => {
    const factory = new IDBFactory();
    const db = await openDraftsDb({ factory });
    expect(db.name).toBe(DB_NAME);
    const s = shape(raw(db));
    expect(s.version).toBe(DB_VERSION);
    expect(Object.keys(s.stores)).toEqual([
      'drafts',
      'ignoredHints',
      'quarantine',
      'searchBuckets',
    ]);
    expect(s.stores.drafts!.indexes).toEqual([
      { name: 'parentId', keyPath: 'parentId', unique: false },
      { name: 'status', keyPath: 'status', unique: false },
      { name: 'statusUpdated', keyPath: ['status', 'updatedAt'], unique: false },
      { name: 'updatedAt', keyPath: 'updatedAt', unique: false },
    ]);
    expect(s.stores.ignoredHints).toMatchObject({ keyPath: ['site', 'hash'] });
    db.close();
  });

  it('upgrades v1 with data to current: backfills parentId, builds the search index', async () => {
    const factory = new IDBFactory();
    const v1 = await openDraftsDb({ factory, version: 1 });
    expect([...v1.objectStoreNames].sort()).toEqual(['drafts', 'quarantine']);
    await v1.put('drafts', v1Draft('a', 'Tăng doanh thu', 'Tăng doanh thu quý 3 lên 20%', 100));
    await v1.put('drafts', v1Draft('b', 'Đào tạo', 'Hoàn thành 5 khóa học', 200));
    // A record the old code left broken: the migration must pass it by, not fail.
    await v1.put('drafts', { id: 'broken', title: 5 });
    v1.close();

    const { repo, database } = setup({ factory });
    const db = await database.connect();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get('drafts', 'a')).toMatchObject({ parentId: null, revision: 3 });
    expect(await db.get('drafts', 'broken')).toMatchObject({ parentId: null });

    const listed = await repo.list();
    expect(listed.quarantined).toBe(1);
    expect(listed.drafts.map((d) => d.id)).toEqual(['b', 'a']);
    expect((await repo.search('tang')).drafts.map((d) => d.id)).toEqual(['a']);
    expect((await repo.search('dao tao')).drafts.map((d) => d.id)).toEqual(['b']);

    // The migrated drafts take part in everything: concurrency, children via the new index.
    const a = (await repo.get('a'))!;
    expect(await repo.save({ ...a, text: 'edited' }, 3)).toMatchObject({ status: 'saved' });
    expect((await repo.save({ ...a, text: 'stale' }, 3)).status).toBe('conflict');
    const child = await repo.create({ lang: 'vi', title: 'con', parentId: 'b' });
    expect((await repo.children('b')).drafts.map((d) => d.id)).toEqual([child.id]);
  });

  it('upgrades from v2 too, keeping ignored hints', async () => {
    const factory = new IDBFactory();
    const v2 = await openDraftsDb({ factory, version: 2 });
    await v2.put('drafts', { ...v1Draft('a', 'Mục tiêu', 'Tăng 10%', 100), parentId: null });
    await v2.put('ignoredHints', { site: 'x.test', hash: 'f'.repeat(64), createdAt: 1 });
    v2.close();

    const { repo, database } = setup({ factory });
    expect((await repo.search('muc tieu')).drafts.map((d) => d.id)).toEqual(['a']);
    const db = await database.connect();
    expect(await db.getAll('ignoredHints')).toHaveLength(1);
  });

  it('upgrades v4 with its search index into buckets; a bad entry is repaired by search', async () => {
    const factory = new IDBFactory();
    const v4 = await openDraftsDb({ factory, version: 4 });
    await v4.put('drafts', { ...v1Draft('a', 'Mục tiêu', 'Tăng 10%', 100), parentId: null });
    await v4.put('drafts', {
      ...v1Draft('b', 'Đào tạo', 'Hoàn thành 5 khóa học', 200),
      parentId: null,
    });
    await v4.put('searchIndex' as never, {
      id: 'a',
      key: 'muc tieu\ntang 10%',
      status: 'active',
      updatedAt: 100,
    });
    // An entry the old code got wrong: copied as it is, then re-derived from its draft.
    await v4.put('searchIndex' as never, { id: 'b', key: 42, status: 'active', updatedAt: 200 });
    v4.close();

    const { repo, database } = setup({ factory });
    const db = await database.connect();
    expect([...db.objectStoreNames]).not.toContain('searchIndex');
    expect((await repo.search('dao tao')).drafts.map((d) => d.id)).toEqual(['b']);
    expect((await repo.search('muc tieu')).drafts.map((d) => d.id)).toEqual(['a']);
  });

  it('ends every path (fresh, or from any older version) in the same schema', async () => {
    const shapes = [];
    for (const from of MIGRATIONS.map((m) => m.version - 1)) {
      const factory = new IDBFactory();
      if (from > 0) (await openDraftsDb({ factory, version: from })).close();
      const db = await openDraftsDb({ factory });
      shapes.push(shape(raw(db)));
      db.close();
    }
    expect(shapes).toHaveLength(DB_VERSION);
    for (const upgraded of shapes.slice(1)) expect(upgraded).toEqual(shapes[0]);
  });

  it('refuses versions it does not know', async () => {
    await expect(
      openDraftsDb({ factory: new IDBFactory(), version: DB_VERSION + 1 }),
    ).rejects.toThrow(RangeError);
  });

  it('aborts the whole upgrade when a step throws, leaving the old version and data', async () => {
    const factory = new IDBFactory();
    const v2 = await openDraftsDb({ factory, version: 2 });
    await v2.put('drafts', { ...v1Draft('a', 'keep me', '', 100), parentId: null });
    v2.close();

    const last = MIGRATIONS[MIGRATIONS.length - 1]!;
    const spy = vi.spyOn(last, 'migrate').mockImplementation(async () => {
      throw new Error('disk on fire');
    });
    try {
      const failed = openDraftsDb({ factory });
      await expect(failed).rejects.toBeInstanceOf(MigrationError);
      await expect(failed).rejects.toThrow('disk on fire');
    } finally {
      spy.mockRestore();
    }

    const again = await openDraftsDb({ factory, version: 2 });
    expect(again.version).toBe(2);
    expect(await again.get('drafts', 'a')).toMatchObject({ title: 'keep me' });
    again.close();
  });
});
