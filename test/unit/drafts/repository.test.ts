import { describe, it, expect, vi } from 'vitest';
import { DraftNotFoundError } from '../../../lib/drafts/repository';
import { sample, setup } from './helpers';

describe('drafts repository: create and read', () => {
  it('creates a draft with id, status, timestamps and revision 1, and reads it back', async () => {
    const { repo, clock } = setup();
    const draft = await repo.create(
      sample({ source: { url: 'https://x.test/a', site: 'x.test' } }),
    );
    expect(draft).toMatchObject({
      id: 'd-1',
      title: 'Grow the newsletter',
      lang: 'en',
      status: 'active',
      parentId: null,
      createdAt: clock.now(),
      updatedAt: clock.now(),
      revision: 1,
      source: { url: 'https://x.test/a', site: 'x.test' },
    });
    expect(await repo.get('d-1')).toEqual(draft);
    expect(await repo.get('nope')).toBeUndefined();
  });

  it('uses crypto.randomUUID for ids by default', async () => {
    const { database } = setup();
    const { createDraftsRepository } = await import('../../../lib/drafts/repository');
    const repo = createDraftsRepository(database);
    const draft = await repo.create(sample());
    expect(draft.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('fills defaults and rejects invalid input without writing', async () => {
    const { repo } = setup();
    const bare = await repo.create({ lang: 'zh' });
    expect(bare).toMatchObject({ title: '', text: '', content: {}, parentId: null, source: null });
    // @ts-expect-error -- not a supported language
    await expect(repo.create({ lang: 'fr' })).rejects.toThrow();
    expect((await repo.list()).drafts).toHaveLength(1);
  });

  it('gets many in the order asked, skipping missing ids', async () => {
    const { repo } = setup();
    await repo.create(sample({ title: 'a' }));
    await repo.create(sample({ title: 'b' }));
    const { drafts } = await repo.getMany(['d-2', 'missing', 'd-1']);
    expect(drafts.map((d) => d.title)).toEqual(['b', 'a']);
  });
});

describe('drafts repository: list', () => {
  async function three() {
    const ctx = setup();
    const { repo, clock } = ctx;
    await repo.create(sample({ title: 'banana' })); // d-1
    clock.advance(1000);
    await repo.create(sample({ title: 'Apple' })); // d-2
    clock.advance(1000);
    await repo.create(sample({ title: 'cherry 10' })); // d-3
    clock.advance(1000);
    const d1 = (await repo.get('d-1'))!;
    await repo.save({ ...d1, text: 'edited last' }, d1.revision);
    return ctx;
  }

  it('sorts by updated (newest first by default), created and title', async () => {
    const { repo } = await three();
    const ids = async (o: Parameters<typeof repo.list>[0]) =>
      (await repo.list(o)).drafts.map((d) => d.id);
    expect(await ids({})).toEqual(['d-1', 'd-3', 'd-2']);
    expect(await ids({ sort: 'updated', direction: 'asc' })).toEqual(['d-2', 'd-3', 'd-1']);
    expect(await ids({ sort: 'created' })).toEqual(['d-3', 'd-2', 'd-1']);
    expect(await ids({ sort: 'created', direction: 'asc' })).toEqual(['d-1', 'd-2', 'd-3']);
    expect(await ids({ sort: 'title' })).toEqual(['d-2', 'd-1', 'd-3']); // case-insensitive
    expect(await ids({ sort: 'title', direction: 'desc', limit: 2 })).toEqual(['d-3', 'd-1']);
  });

  it('filters by status, active by default', async () => {
    const { repo } = await three();
    await repo.archive('d-2');
    await repo.delete('d-3');
    const ids = async (o: Parameters<typeof repo.list>[0]) =>
      (await repo.list(o)).drafts.map((d) => d.id).sort();
    expect(await ids({})).toEqual(['d-1']);
    expect(await ids({ status: 'archived' })).toEqual(['d-2']);
    expect(await ids({ status: 'deleted' })).toEqual(['d-3']);
    expect(await ids({ status: ['active', 'archived'] })).toEqual(['d-1', 'd-2']);
  });
});

describe('drafts repository: paged list through the index', () => {
  async function many() {
    const ctx = setup();
    const { repo, clock } = ctx;
    for (let i = 1; i <= 12; i++) {
      // Pairs share a timestamp, to check that ties break as in a full read.
      if (i % 2 === 1) clock.advance(1000);
      await repo.create(sample({ title: `t${i}` }));
    }
    await repo.archive('d-12');
    await repo.archive('d-3');
    await repo.delete('d-11');
    return ctx;
  }

  it('returns the same page as a full read, for any statuses and direction', async () => {
    const { repo } = await many();
    const statuses = ['active', 'archived', 'deleted', ['active', 'archived']] as const;
    for (const status of statuses) {
      for (const direction of ['asc', 'desc'] as const) {
        const full = (await repo.list({ status, direction })).drafts;
        for (const limit of [1, 2, 3, 5, 20]) {
          const page = await repo.list({ status, direction, limit });
          expect(page.drafts).toEqual(full.slice(0, limit));
        }
      }
    }
    expect((await repo.list({ limit: 0 })).drafts).toEqual([]);
  });

  it('quarantines a corrupted record it meets on the page', async () => {
    const { repo, database } = await many();
    const db = await database.connect();
    const raw = (await db.get('drafts', 'd-10')) as Record<string, unknown>;
    await db.put('drafts', { ...raw, lang: 'xx' });
    const page = await repo.list({ limit: 3 });
    expect(page.quarantined).toBe(1);
    expect(page.drafts.map((d) => d.id)).toEqual(['d-9', 'd-7', 'd-8']);
  });

  it('leaves records with a broken indexed field to verify()', async () => {
    const { repo, database } = await many();
    const db = await database.connect();
    const raw = (await db.get('drafts', 'd-1')) as Record<string, unknown>;
    await db.put('drafts', { ...raw, updatedAt: 'soon' });
    expect((await repo.list({ limit: 50 })).quarantined).toBe(0);
    expect(await repo.verify()).toEqual({ valid: 11, quarantined: 1 });
    expect(await repo.verify()).toEqual({ valid: 11, quarantined: 0 });
  });
});

describe('drafts repository: status changes, purge, duplicate', () => {
  it('archives, unarchives, deletes and undoes a delete, bumping revision but not updatedAt', async () => {
    const { repo, clock } = setup();
    const draft = await repo.create(sample());
    clock.advance(5000);
    const archived = await repo.archive(draft.id);
    expect(archived).toMatchObject({ status: 'archived', revision: 2, updatedAt: draft.updatedAt });
    expect(await repo.unarchive(draft.id)).toMatchObject({ status: 'active', revision: 3 });
    expect(await repo.delete(draft.id)).toMatchObject({ status: 'deleted', revision: 4 });
    expect((await repo.list()).drafts).toEqual([]);
    expect(await repo.undoDelete(draft.id)).toMatchObject({ status: 'active', revision: 5 });
    expect((await repo.list()).drafts.map((d) => d.id)).toEqual([draft.id]);
  });

  it('treats a repeated status change as a no-op', async () => {
    const { repo } = setup();
    const draft = await repo.create(sample());
    await repo.delete(draft.id);
    expect(await repo.delete(draft.id)).toMatchObject({ revision: 2 });
    expect(await repo.archive(draft.id)).toMatchObject({ status: 'deleted', revision: 2 });
  });

  it('throws DraftNotFoundError for a missing id', async () => {
    const { repo } = setup();
    await expect(repo.archive('missing')).rejects.toBeInstanceOf(DraftNotFoundError);
    await expect(repo.duplicate('missing')).rejects.toThrow(/missing/);
  });

  it('purges for good and turns the children into top-level drafts', async () => {
    const { repo } = setup();
    const parent = await repo.create(sample({ title: 'Objective' }));
    const child = await repo.create(sample({ title: 'Key result', parentId: parent.id }));
    expect((await repo.children(parent.id)).drafts.map((d) => d.id)).toEqual([child.id]);

    expect(await repo.purge(parent.id)).toBe(true);
    expect(await repo.purge(parent.id)).toBe(false);
    expect(await repo.get(parent.id)).toBeUndefined();
    expect((await repo.search('objective')).drafts).toEqual([]);
    expect(await repo.get(child.id)).toMatchObject({ parentId: null, revision: 2 });
  });

  it('duplicates as a new active draft with a suffixed title', async () => {
    const { repo, clock } = setup({ copyTitle: (t) => `${t} — copy` });
    const source = await repo.create(sample());
    await repo.archive(source.id);
    clock.advance(1000);
    const copy = await repo.duplicate(source.id);
    expect(copy).toMatchObject({
      id: 'd-2',
      title: 'Grow the newsletter — copy',
      status: 'active',
      revision: 1,
      createdAt: clock.now(),
      content: source.content,
    });
    expect(copy).not.toHaveProperty('conflictOf');
  });
});

describe('drafts repository: save and optimistic concurrency', () => {
  it('saves the editable fields when the revision matches', async () => {
    const { repo, clock } = setup();
    const draft = await repo.create(sample());
    clock.advance(1000);
    const result = await repo.save({ ...draft, text: 'New text', status: 'deleted' } as never, 1);
    expect(result).toEqual({
      status: 'saved',
      draft: { ...draft, text: 'New text', updatedAt: clock.now(), revision: 2 },
    });
    expect(await repo.get(draft.id)).toEqual(result.status === 'saved' && result.draft);
  });

  it('does not write when nothing changed', async () => {
    const { repo } = setup();
    const draft = await repo.create(sample());
    expect(await repo.save(draft, 1)).toEqual({ status: 'saved', draft });
  });

  it('keeps the stored version and saves a stale write as a conflict copy', async () => {
    const { repo, clock } = setup();
    const original = await repo.create(sample());
    // Two editors load revision 1; the first one saves.
    const first = await repo.save({ ...original, text: 'From the side panel' }, 1);
    expect(first.status).toBe('saved');
    clock.advance(1000);
    // The second one saves with the stale revision.
    const second = await repo.save({ ...original, text: 'From the popup' }, 1);
    expect(second.status).toBe('conflict');
    if (second.status !== 'conflict') return;
    expect(second.current).toMatchObject({
      id: original.id,
      text: 'From the side panel',
      revision: 2,
    });
    expect(second.copy).toMatchObject({
      id: 'd-2',
      title: 'Grow the newsletter (conflict copy)',
      text: 'From the popup',
      conflictOf: original.id,
      status: 'active',
      revision: 1,
    });
    // Both survive.
    expect(await repo.get(original.id)).toMatchObject({ text: 'From the side panel', revision: 2 });
    expect(await repo.get('d-2')).toEqual(second.copy);
  });

  it('sees a status change as a newer version too', async () => {
    const { repo } = setup();
    const draft = await repo.create(sample());
    await repo.archive(draft.id);
    const result = await repo.save({ ...draft, text: 'edited while archived elsewhere' }, 1);
    expect(result.status).toBe('conflict');
    expect(await repo.get(draft.id)).toMatchObject({ status: 'archived', text: draft.text });
  });

  it('needs no conflict copy when the stale write carries the stored content', async () => {
    const { repo } = setup();
    const draft = await repo.create(sample());
    const saved = await repo.save({ ...draft, text: 'same' }, 1);
    const again = await repo.save({ ...draft, text: 'same' }, 1);
    expect(again).toEqual(saved);
    expect((await repo.list()).drafts).toHaveLength(1);
  });

  it('writes the draft back when it was purged meanwhile, losing nothing', async () => {
    const { repo } = setup();
    const draft = await repo.create(sample());
    await repo.purge(draft.id);
    const result = await repo.save({ ...draft, text: 'still typing' }, 1);
    expect(result).toMatchObject({ status: 'saved', draft: { id: draft.id, revision: 2 } });
    expect(await repo.get(draft.id)).toMatchObject({ text: 'still typing' });
  });

  it('rejects invalid input and revisions', async () => {
    const { repo } = setup();
    const draft = await repo.create(sample());
    await expect(repo.save({ ...draft, lang: 'de' as 'en' }, 1)).rejects.toThrow();
    await expect(repo.save(draft, 0)).rejects.toBeInstanceOf(RangeError);
  });
});

describe('drafts repository: quarantine', () => {
  async function withCorrupted() {
    const ctx = setup();
    await ctx.repo.create(sample({ title: 'good one' }));
    await ctx.repo.create(sample({ title: 'good two' }));
    // Written straight through idb, as a bug or an old build might have.
    const db = await ctx.database.connect();
    await db.put('drafts', { id: 'bad', title: 'broken', lang: 'fr', content: [], revision: 1 });
    return ctx;
  }

  it('moves a corrupted record aside and lists the rest', async () => {
    const { repo } = await withCorrupted();
    const result = await repo.list();
    expect(result.quarantined).toBe(1);
    expect(result.drafts.map((d) => d.title).sort()).toEqual(['good one', 'good two']);
    expect((await repo.list()).quarantined).toBe(0);

    const [entry] = await repo.quarantined();
    expect(entry).toMatchObject({ store: 'drafts', key: 'bad', record: { title: 'broken' } });
    expect(entry!.issues).toContain('lang: expected one of en|zh|ru|vi');
    expect(entry!.issues).toContain('content: expected record, received array');
    expect(entry!.issues.some((i) => i.startsWith('status:'))).toBe(true);
  });

  it('reports through onQuarantine and returns undefined from get', async () => {
    const onQuarantine = vi.fn();
    const ctx = setup({ onQuarantine });
    const db = await ctx.database.connect();
    await db.put('drafts', { id: 'bad', title: 42 });
    expect(await ctx.repo.get('bad')).toBeUndefined();
    expect(onQuarantine).toHaveBeenCalledTimes(1);
    expect(onQuarantine.mock.calls[0]![0][0]).toMatchObject({ key: 'bad', store: 'drafts' });
    expect(await db.get('drafts', 'bad')).toBeUndefined();
  });

  it('quarantines a record keyed by a number', async () => {
    const { repo, database } = setup();
    const db = await database.connect();
    await (db as unknown as { put(s: string, v: unknown): Promise<unknown> }).put('drafts', {
      id: 7,
    });
    expect(await repo.list()).toEqual({ drafts: [], quarantined: 1 });
    expect((await repo.quarantined())[0]).toMatchObject({ key: 7 });
  });

  it('saving over a corrupted record quarantines it and keeps the incoming version', async () => {
    const { repo, database } = await withCorrupted();
    const result = await repo.save(
      {
        id: 'bad',
        title: 'fixed',
        lang: 'en',
        content: {},
        text: '',
        parentId: null,
        source: null,
      },
      1,
    );
    expect(result).toMatchObject({ status: 'saved', draft: { id: 'bad', title: 'fixed' } });
    expect(await repo.quarantined()).toHaveLength(1);
    const db = await database.connect();
    expect(await db.get('drafts', 'bad')).toMatchObject({ title: 'fixed' });
  });

  it('lets a discarded quarantine entry go', async () => {
    const { repo, database } = await withCorrupted();
    await repo.list();
    const [entry] = await repo.quarantined();
    const { discardQuarantined } = await import('../../../lib/drafts/quarantine');
    await discardQuarantined(database, entry!.qid);
    expect(await repo.quarantined()).toEqual([]);
  });
});
