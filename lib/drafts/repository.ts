import { abortQuietly, type DraftsConnection, type DraftsDatabase } from './database';
import {
  DraftEditSchema,
  DraftSchema,
  NewDraftSchema,
  type Draft,
  type DraftEdit,
  type DraftLang,
  type DraftStatus,
  type NewDraft,
} from './draft';
import { rawDraftKey, WRITE_STORES, type DraftsTx } from './draft-store';
import { openDraftsChannel } from './drafts-channel';
import {
  discardQuarantined,
  listQuarantined,
  quarantineInTx,
  quarantineRecords,
  sortOut,
  type QuarantineEntry,
  type QuarantineKey,
} from './quarantine';
import {
  applyToBuckets,
  groupByBucket,
  isBucketNumber,
  packBucket,
  readBucket,
  sameSearchEntry,
  toSearchEntry,
  type BucketStore,
  type SearchEntry,
} from './search-index';
import { matchKey, queryTerms } from './search-text';

/**
 * The drafts repository: the only way the background and the pages touch drafts. Every record
 * read is parsed; one that fails is quarantined and counted, never thrown for a whole read.
 * Every write bumps `revision`; `save` uses it for optimistic concurrency and never loses the
 * losing side of a race (it becomes a conflict copy).
 */

export type SortKey = 'updated' | 'created' | 'title';
export type Direction = 'asc' | 'desc';
export type StatusFilter = DraftStatus | readonly DraftStatus[];

export interface ListOptions {
  /** Default `active`; pass `['active', 'archived']` or `deleted` (the trash) as needed. */
  status?: StatusFilter;
  /** Default `updated`. */
  sort?: SortKey;
  /** Default `desc` for dates, `asc` for titles. */
  direction?: Direction;
  limit?: number;
}

export interface SearchOptions {
  /** Default `active`. */
  status?: StatusFilter;
  limit?: number;
}

export interface DraftList {
  drafts: Draft[];
  /** Records found corrupted during this call and moved to quarantine. */
  quarantined: number;
}

export type SaveResult =
  | { status: 'saved'; draft: Draft }
  /** The stored version was newer: it is kept as `current`, the incoming one saved as `copy`. */
  | { status: 'conflict'; current: Draft; copy: Draft };

export interface ImportSummary {
  /** New ids, written as they were. */
  added: number;
  /** Already stored, identical. */
  unchanged: number;
  /** Id taken by a different version: written as a copy with a new id (`conflictOf` the old). */
  copied: number;
}

export interface RepositoryOptions {
  now?: () => number;
  newId?: () => string;
  /** Title of a conflict copy; the UI passes a localized one. */
  conflictTitle?: (title: string, lang: DraftLang) => string;
  /** Title of a duplicate; the UI passes a localized one. */
  copyTitle?: (title: string, lang: DraftLang) => string;
  /** Told about every record moved to quarantine, whichever call met it. */
  onQuarantine?: (entries: readonly QuarantineEntry[]) => void;
}

export class DraftNotFoundError extends Error {
  override readonly name = 'DraftNotFoundError';
  constructor(readonly id: string) {
    super(`no draft with id ${id}`);
  }
}

export interface DraftsRepository {
  create(input: NewDraft): Promise<Draft>;
  /** Undefined when missing, or when corrupted (it is quarantined and reported). */
  get(id: string): Promise<Draft | undefined>;
  /** In the order of `ids`; missing ids are left out. */
  getMany(ids: readonly string[]): Promise<DraftList>;
  /**
   * With `sort: 'updated'` and a `limit`, reads only that page through an index; otherwise reads
   * every draft. Corrupted records met on the way are quarantined and counted.
   */
  list(options?: ListOptions): Promise<DraftList>;
  /**
   * Reads every draft and quarantines the corrupted ones, including those an index cannot see
   * (a broken `status` or `updatedAt`). For the background to run at startup and after updates.
   */
  verify(): Promise<{ valid: number; quarantined: number }>;
  /** Drafts whose `parentId` is `parentId`, oldest first. */
  children(parentId: string, options?: { status?: StatusFilter }): Promise<DraftList>;
  /**
   * Title and text, case-, diacritic- (Latin), ё/е- and width-insensitive, every term required.
   * Title matches first, then most recently updated. An empty query lists by `updated`.
   */
  search(query: string, options?: SearchOptions): Promise<DraftList>;
  /** Reads the search index ahead of the first search, e.g. as a drafts list opens. */
  prewarmSearch(): Promise<void>;
  /**
   * Writes the editable fields if the stored revision is `expectedRevision`; otherwise keeps the
   * stored draft and writes the incoming fields as a conflict copy. Identical content is a no-op.
   */
  save(draft: DraftEdit, expectedRevision: number): Promise<SaveResult>;
  archive(id: string): Promise<Draft>;
  unarchive(id: string): Promise<Draft>;
  /** Moves to the trash (`status: 'deleted'`); `undoDelete` brings it back as `active`. */
  delete(id: string): Promise<Draft>;
  undoDelete(id: string): Promise<Draft>;
  /** Removes for good; children become top-level. False when there was nothing to remove. */
  purge(id: string): Promise<boolean>;
  duplicate(id: string): Promise<Draft>;
  /** Writes all drafts in one transaction or none; never overwrites a stored draft. */
  importDrafts(drafts: readonly Draft[]): Promise<ImportSummary>;
  /** Rebuilds the search index from the drafts, e.g. after a restore from outside. */
  rebuildSearchIndex(): Promise<{ indexed: number; quarantined: number }>;
  quarantined(): Promise<QuarantineEntry[]>;
  /** Drops one quarantined record for good (after the user saw, and maybe exported, it). */
  discardQuarantined(qid: number): Promise<void>;
}

const statusSet = (filter: StatusFilter | undefined): ReadonlySet<DraftStatus> =>
  new Set(typeof filter === 'string' ? [filter] : (filter ?? ['active']));

const titleCollator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compareBy(sort: SortKey, direction: Direction): (a: Draft, b: Draft) => number {
  const sign = direction === 'asc' ? 1 : -1;
  return (a, b) => {
    const primary =
      sort === 'title'
        ? titleCollator.compare(a.title, b.title)
        : sort === 'created'
          ? a.createdAt - b.createdAt
          : a.updatedAt - b.updatedAt;
    if (primary !== 0) return sign * primary;
    // Stable, direction-independent tie-breaks: newest first, then id.
    return b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  };
}

/** Same editable content: saving it again would change nothing. */
function sameContent(a: DraftEdit, b: DraftEdit): boolean {
  return (
    a.title === b.title &&
    a.lang === b.lang &&
    a.text === b.text &&
    a.parentId === b.parentId &&
    JSON.stringify(a.source) === JSON.stringify(b.source) &&
    JSON.stringify(a.content) === JSON.stringify(b.content)
  );
}

function editableOf(edit: DraftEdit): DraftEdit {
  const { id, title, lang, content, text, parentId, source } = edit;
  return { id, title, lang, content, text, parentId, source };
}

function withoutConflictMark(draft: Draft): Draft {
  const copy = { ...draft };
  delete copy.conflictOf;
  return copy;
}

const isPositiveInt = (n: number) => Number.isInteger(n) && n > 0;

interface LoadedIndex {
  entries: ReadonlyMap<string, SearchEntry>;
  broken: string[];
  unusable: IDBValidKey[];
}

/** What the index needs of the drafts store: every raw draft, to rebuild a bucket. */
interface DraftsSource {
  getAll(): Promise<unknown[]>;
}

/** The search entries of the drafts that parse (the others await quarantine). */
function entriesOfDrafts(raws: readonly unknown[]): SearchEntry[] {
  return raws.flatMap((raw) => {
    const parsed = DraftSchema.safeParse(raw);
    return parsed.success ? [toSearchEntry(parsed.data)] : [];
  });
}

/**
 * The entries of bucket `n` from the drafts, for a record that is not a bucket: the drafts are
 * read once per transaction, however many buckets need rebuilding.
 */
function bucketRebuilder(drafts: DraftsSource): (n: number) => Promise<SearchEntry[]> {
  let grouped: Promise<Map<number, SearchEntry[]>> | undefined;
  return async (n) => {
    grouped ??= drafts.getAll().then((raws) => groupByBucket(entriesOfDrafts(raws)));
    return (await grouped).get(n) ?? [];
  };
}

/** Writes entry changes (`null`: gone) into their buckets, in the caller's transaction. */
function indexChanges(
  buckets: BucketStore,
  drafts: DraftsSource,
  changes: ReadonlyMap<string, SearchEntry | null>,
): Promise<void> {
  return applyToBuckets(buckets, changes, bucketRebuilder(drafts));
}

export function createDraftsRepository(
  database: DraftsDatabase,
  options: RepositoryOptions = {},
): DraftsRepository {
  const now = options.now ?? Date.now;
  const newId = options.newId ?? (() => crypto.randomUUID());
  const conflictTitle = options.conflictTitle ?? ((title) => `${title} (conflict copy)`);
  const copyTitle = options.copyTitle ?? ((title) => `${title} (copy)`);

  /*
   * The search index, held in memory after the first search: reading and checking 10,000 entries
   * costs hundreds of milliseconds, matching them under one. This repository's own writes update it;
   * any other repository's write (another page, the background) arrives on the drafts channel and
   * drops it, to be read again by the next search. Without a channel nothing is kept.
   */
  let heldIndex: Map<string, SearchEntry> | undefined;
  let heldFrom: DraftsConnection | undefined;
  /** Bumped by every change, so a load that raced one is used once but not kept. */
  let generation = 0;
  const channel = openDraftsChannel(() => {
    generation += 1;
    heldIndex = undefined;
  });

  /** After a committed change of the index: `null` means the entry is gone. */
  /** Forgets the held index (the next search reads it) and tells the other repositories. */
  const dropHeldIndex = () => {
    generation += 1;
    heldIndex = undefined;
    channel?.announce();
  };

  const committed = (changes: ReadonlyMap<string, SearchEntry | null>) => {
    if (changes.size === 0) return;
    generation += 1;
    for (const [id, entry] of changes) {
      if (entry) heldIndex?.set(id, entry);
      else heldIndex?.delete(id);
    }
    channel?.announce();
  };

  const removalsOf = (entries: readonly QuarantineEntry[]) =>
    new Map(
      entries.flatMap((e) =>
        e.store === 'drafts' && typeof e.key === 'string' ? [[e.key, null] as const] : [],
      ),
    );

  /**
   * The whole index. Entries failing their check are named in `broken`, records that are not
   * buckets in `unusable` (by key): search repairs both from the drafts.
   */
  async function loadIndex(db: DraftsConnection): Promise<LoadedIndex> {
    if (heldIndex && heldFrom === db) return { entries: heldIndex, broken: [], unusable: [] };
    const loadedAt = generation;
    const entries = new Map<string, SearchEntry>();
    const broken: string[] = [];
    const unusable: IDBValidKey[] = [];
    const tx = db.transaction('searchBuckets');
    const [keys, raws] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
    raws.forEach((raw, i) => {
      const bucket = readBucket(raw);
      if (!bucket) {
        unusable.push(keys[i]!);
        return;
      }
      for (const entry of bucket.entries) entries.set(entry.id, entry);
      broken.push(...bucket.broken);
    });
    // Kept only when complete: what is broken is still on disk until this search repairs it.
    if (channel && loadedAt === generation && broken.length === 0 && unusable.length === 0) {
      heldIndex = entries;
      heldFrom = db;
    }
    return { entries, broken, unusable };
  }

  /**
   * Brings the index back in line with the drafts: `known` changes as they are, broken entries
   * re-derived from their drafts, records that are not buckets replaced by a rebuild.
   */
  async function repairIndex(
    db: DraftsConnection,
    known: ReadonlyMap<string, SearchEntry | null>,
    broken: readonly string[],
    unusable: readonly IDBValidKey[],
  ): Promise<void> {
    const tx = db.transaction(['drafts', 'searchBuckets'], 'readwrite');
    const buckets = tx.objectStore('searchBuckets');
    const drafts = tx.objectStore('drafts');
    const changes = new Map(known);
    const rebuild = bucketRebuilder(drafts);
    try {
      for (const key of unusable) {
        await buckets.delete(key as number);
        if (isBucketNumber(key)) await buckets.put(packBucket(key, await rebuild(key)));
      }
      for (const id of broken) {
        if (changes.has(id)) continue;
        const parsed = DraftSchema.safeParse(await drafts.get(id));
        changes.set(id, parsed.success ? toSearchEntry(parsed.data) : null);
      }
      await applyToBuckets(buckets, changes, rebuild);
    } catch (error) {
      abortQuietly(tx);
      throw error;
    }
    await tx.done;
    if (unusable.length > 0) dropHeldIndex();
    committed(changes);
  }

  const report = (entries: readonly QuarantineEntry[]): number => {
    if (entries.length > 0) options.onQuarantine?.(entries);
    return entries.length;
  };

  const quarantine = async (keys: readonly QuarantineKey[]): Promise<number> => {
    const moved = await quarantineRecords(database, 'drafts', DraftSchema, keys, now(), (tx, m) =>
      indexChanges(tx.objectStore('searchBuckets'), tx.objectStore('drafts'), removalsOf(m)),
    );
    committed(removalsOf(moved));
    return report(moved);
  };

  /** Parses raw drafts, quarantining those that fail. */
  const sift = async (raws: readonly unknown[]): Promise<DraftList> => {
    const { valid, suspects } = sortOut(raws, DraftSchema, rawDraftKey);
    return { drafts: valid, quarantined: await quarantine(suspects) };
  };

  interface WriteContext {
    tx: DraftsTx;
    /** The draft under `id`, or undefined when missing or corrupted (then quarantined). */
    load(id: string): Promise<Draft | undefined>;
    /** Writes a draft; its search entry is written with it before the commit. */
    put(draft: Draft): Promise<void>;
    /** Removes a draft; its search entry goes with it before the commit. */
    remove(id: string): Promise<void>;
  }

  /** One read-write transaction; a throw aborts it, quarantines are reported once it commits. */
  async function write<T>(work: (ctx: WriteContext) => Promise<T>): Promise<T> {
    const db = await database.connect();
    const tx = db.transaction([...WRITE_STORES], 'readwrite');
    const moved: QuarantineEntry[] = [];
    const changes = new Map<string, SearchEntry | null>();
    const put = async (draft: Draft) => {
      await tx.objectStore('drafts').put(draft);
      changes.set(draft.id, toSearchEntry(draft));
    };
    const remove = async (id: string) => {
      await tx.objectStore('drafts').delete(id);
      changes.set(id, null);
    };
    const load = async (id: string): Promise<Draft | undefined> => {
      const raw: unknown = await tx.objectStore('drafts').get(id);
      if (raw === undefined) return undefined;
      const parsed = DraftSchema.safeParse(raw);
      if (parsed.success) return parsed.data;
      const entry = await quarantineInTx(tx, 'drafts', DraftSchema, id, now());
      if (entry) moved.push(entry);
      return undefined;
    };
    let result: T;
    let indexed: Map<string, SearchEntry | null>;
    try {
      result = await work({ tx, load, put, remove });
      indexed = new Map([...removalsOf(moved), ...changes]);
      await indexChanges(tx.objectStore('searchBuckets'), tx.objectStore('drafts'), indexed);
    } catch (error) {
      abortQuietly(tx);
      throw error;
    }
    await tx.done;
    committed(indexed);
    report(moved);
    return result;
  }

  async function changeStatus(
    id: string,
    next: (status: DraftStatus) => DraftStatus,
  ): Promise<Draft> {
    const result = await write(async ({ load, put }) => {
      const draft = await load(id);
      if (!draft) return undefined;
      const status = next(draft.status);
      if (status === draft.status) return draft;
      const changed: Draft = { ...draft, status, revision: draft.revision + 1 };
      await put(changed);
      return changed;
    });
    if (!result) throw new DraftNotFoundError(id);
    return result;
  }

  /**
   * The first `limit` drafts by `updatedAt`, read through the `[status, updatedAt]` index: one short
   * cursor per status, so a page costs the page, not the whole store. Cursors run past the limit
   * over equal timestamps so ties break exactly as in a full read.
   */
  async function recentPage(
    statuses: ReadonlySet<DraftStatus>,
    direction: Direction,
    limit: number,
    compare: (a: Draft, b: Draft) => number,
  ): Promise<DraftList> {
    if (limit <= 0) return { drafts: [], quarantined: 0 };
    const db = await database.connect();
    const index = db.transaction('drafts').store.index('statusUpdated');
    const suspects: QuarantineKey[] = [];
    const pages = await Promise.all(
      [...statuses].map(async (status) => {
        const page: Draft[] = [];
        const range = IDBKeyRange.bound([status, -Infinity], [status, Infinity]);
        let cursor = await index.openCursor(range, direction === 'asc' ? 'next' : 'prev');
        let boundary: number | undefined;
        while (cursor) {
          const updatedAt = cursor.key[1];
          if (boundary !== undefined && updatedAt !== boundary) break;
          const parsed = DraftSchema.safeParse(cursor.value);
          if (parsed.success) page.push(parsed.data);
          else suspects.push(cursor.primaryKey);
          if (page.length >= limit) boundary ??= updatedAt;
          cursor = await cursor.continue();
        }
        return page;
      }),
    );
    const drafts = pages
      .flat()
      .filter((d) => statuses.has(d.status))
      .sort(compare)
      .slice(0, limit);
    return { drafts, quarantined: await quarantine(suspects) };
  }

  const repo: DraftsRepository = {
    async create(input) {
      const fields = NewDraftSchema.parse(input);
      const time = now();
      const draft = DraftSchema.parse({
        id: newId(),
        ...fields,
        status: 'active',
        createdAt: time,
        updatedAt: time,
        revision: 1,
      });
      await write(({ put }) => put(draft));
      return draft;
    },

    async get(id) {
      const db = await database.connect();
      const raw: unknown = await db.get('drafts', id);
      if (raw === undefined) return undefined;
      const parsed = DraftSchema.safeParse(raw);
      if (parsed.success) return parsed.data;
      await quarantine([id]);
      return undefined;
    },

    async getMany(ids) {
      const db = await database.connect();
      const tx = db.transaction('drafts');
      const raws = await Promise.all(ids.map((id) => tx.store.get(id)));
      return sift(raws.filter((raw) => raw !== undefined));
    },

    async list(opts = {}) {
      const statuses = statusSet(opts.status);
      const sort = opts.sort ?? 'updated';
      const direction = opts.direction ?? (sort === 'title' ? 'asc' : 'desc');
      const compare = compareBy(sort, direction);
      if (sort === 'updated' && opts.limit !== undefined) {
        return recentPage(statuses, direction, opts.limit, compare);
      }
      const db = await database.connect();
      // A full read: it also meets records corrupted in an indexed field, which no index holds.
      const { drafts, quarantined } = await sift(await db.getAll('drafts'));
      const chosen = drafts.filter((d) => statuses.has(d.status)).sort(compare);
      return {
        drafts: opts.limit === undefined ? chosen : chosen.slice(0, opts.limit),
        quarantined,
      };
    },

    async verify() {
      const db = await database.connect();
      const { drafts, quarantined } = await sift(await db.getAll('drafts'));
      return { valid: drafts.length, quarantined };
    },

    async children(parentId, opts = {}) {
      const statuses = statusSet(opts.status);
      const db = await database.connect();
      const { drafts, quarantined } = await sift(
        await db.getAllFromIndex('drafts', 'parentId', parentId),
      );
      const chosen = drafts.filter((d) => statuses.has(d.status)).sort(compareBy('created', 'asc'));
      return { drafts: chosen, quarantined };
    },

    async search(query, opts = {}) {
      const terms = queryTerms(query);
      if (terms.length === 0) {
        return repo.list({ status: opts.status ?? 'active', limit: opts.limit });
      }
      const statuses = statusSet(opts.status);
      const db = await database.connect();

      const hits: { id: string; title: boolean; updatedAt: number }[] = [];
      let index = await loadIndex(db);
      // Broken entries first: a draft whose entry went bad must still be found by this search.
      if (index.broken.length > 0 || index.unusable.length > 0) {
        await repairIndex(db, new Map(), index.broken, index.unusable);
        index = await loadIndex(db);
      }
      const { entries } = index;
      for (const entry of entries.values()) {
        if (!statuses.has(entry.status)) continue;
        const rank = matchKey(entry.key, terms);
        if (rank) hits.push({ id: entry.id, title: rank === 'title', updatedAt: entry.updatedAt });
      }
      hits.sort(
        (a, b) =>
          Number(b.title) - Number(a.title) || b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1),
      );

      // Load matches in rank order, only as many as asked for, re-checking each against its draft:
      // the index is derived data and gets repaired wherever it disagrees.
      const limit = opts.limit ?? hits.length;
      const found: Draft[] = [];
      const stale: Draft[] = [];
      const orphans: string[] = [];
      const suspects: (string | number)[] = [];
      let next = 0;
      while (found.length < limit && next < hits.length) {
        const batch = hits.slice(next, next + (limit - found.length));
        next += batch.length;
        const tx = db.transaction('drafts');
        const rows = await Promise.all(
          batch.map(async ({ id }) => ({ id, raw: (await tx.store.get(id)) as unknown })),
        );
        for (const { id, raw } of rows) {
          if (raw === undefined) {
            orphans.push(id);
            continue;
          }
          const parsed = DraftSchema.safeParse(raw);
          if (!parsed.success) {
            suspects.push(id);
            continue;
          }
          const draft = parsed.data;
          // Checked against the entry just read or held: one that changed on disk since is
          // rewritten from its draft, which is the same repair.
          const fresh = toSearchEntry(draft);
          const held = entries.get(id);
          if (!held || !sameSearchEntry(held, fresh)) stale.push(draft);
          if (statuses.has(draft.status) && matchKey(fresh.key, terms)) {
            found.push(draft);
          }
        }
      }

      const quarantined = await quarantine(suspects);
      const known = new Map<string, SearchEntry | null>([
        ...orphans.map((id) => [id, null] as const),
        ...stale.map((d) => [d.id, toSearchEntry(d)] as const),
      ]);
      if (known.size > 0) await repairIndex(db, known, [], []);
      return { drafts: found, quarantined };
    },

    async prewarmSearch() {
      await loadIndex(await database.connect());
    },

    async save(edit, expectedRevision) {
      const incoming = editableOf(DraftEditSchema.parse(edit));
      if (!isPositiveInt(expectedRevision)) {
        throw new RangeError(
          `expectedRevision must be a positive integer, got ${expectedRevision}`,
        );
      }
      return write(async ({ load, put }): Promise<SaveResult> => {
        const stored = await load(incoming.id);
        const time = now();
        if (!stored) {
          // Purged elsewhere, or just quarantined: write what the editor holds, losing nothing.
          const draft: Draft = {
            ...incoming,
            status: 'active',
            createdAt: time,
            updatedAt: time,
            revision: expectedRevision + 1,
          };
          await put(draft);
          return { status: 'saved', draft };
        }
        if (sameContent(stored, incoming)) return { status: 'saved', draft: stored };
        if (stored.revision !== expectedRevision) {
          const copy: Draft = {
            ...incoming,
            id: newId(),
            title: conflictTitle(incoming.title, incoming.lang),
            status: 'active',
            createdAt: time,
            updatedAt: time,
            revision: 1,
            conflictOf: stored.id,
          };
          await put(copy);
          return { status: 'conflict', current: stored, copy };
        }
        const draft: Draft = {
          ...stored,
          ...incoming,
          updatedAt: time,
          revision: stored.revision + 1,
        };
        await put(draft);
        return { status: 'saved', draft };
      });
    },

    archive: (id) => changeStatus(id, (s) => (s === 'active' ? 'archived' : s)),
    unarchive: (id) => changeStatus(id, (s) => (s === 'archived' ? 'active' : s)),
    delete: (id) => changeStatus(id, () => 'deleted'),
    undoDelete: (id) => changeStatus(id, (s) => (s === 'deleted' ? 'active' : s)),

    async purge(id) {
      return write(async ({ tx, put, remove }) => {
        const drafts = tx.objectStore('drafts');
        const existed = (await drafts.getKey(id)) !== undefined;
        if (!existed) return false;
        await remove(id);
        for (const raw of await drafts.index('parentId').getAll(id)) {
          const child = DraftSchema.safeParse(raw);
          if (!child.success) continue; // left for the read path to quarantine
          await put({ ...child.data, parentId: null, revision: child.data.revision + 1 });
        }
        return true;
      });
    },

    async duplicate(id) {
      const result = await write(async ({ load, put }) => {
        const source = await load(id);
        if (!source) return undefined;
        const time = now();
        const copy: Draft = {
          ...withoutConflictMark(source),
          id: newId(),
          title: copyTitle(source.title, source.lang),
          status: 'active',
          createdAt: time,
          updatedAt: time,
          revision: 1,
        };
        await put(copy);
        return copy;
      });
      if (!result) throw new DraftNotFoundError(id);
      return result;
    },

    async importDrafts(drafts) {
      const incoming = drafts.map((d) => DraftSchema.parse(d));
      return write(async ({ load, put }) => {
        const summary: ImportSummary = { added: 0, unchanged: 0, copied: 0 };
        const renamed = new Map<string, string>();
        const toWrite: Draft[] = [];
        for (const draft of incoming) {
          const stored = await load(draft.id);
          if (!stored) {
            toWrite.push(draft);
            summary.added += 1;
          } else if (
            stored.revision === draft.revision &&
            stored.updatedAt === draft.updatedAt &&
            stored.status === draft.status &&
            sameContent(stored, draft)
          ) {
            summary.unchanged += 1;
          } else {
            const id = newId();
            renamed.set(draft.id, id);
            toWrite.push({
              ...draft,
              id,
              title: conflictTitle(draft.title, draft.lang),
              revision: 1,
              conflictOf: stored.id,
            });
            summary.copied += 1;
          }
        }
        for (const draft of toWrite) {
          const parentId =
            draft.parentId === null ? null : (renamed.get(draft.parentId) ?? draft.parentId);
          await put({ ...draft, parentId });
        }
        return summary;
      });
    },

    async rebuildSearchIndex() {
      const db = await database.connect();
      // Quarantine first, so the rebuild below only meets drafts that parse.
      const { quarantined } = await sift(await db.getAll('drafts'));
      const indexed = await write(async ({ tx }) => {
        const buckets = tx.objectStore('searchBuckets');
        await buckets.clear();
        const entries = entriesOfDrafts(await tx.objectStore('drafts').getAll());
        for (const [n, group] of groupByBucket(entries)) await buckets.put(packBucket(n, group));
        return entries.length;
      });
      // Written around the per-draft bookkeeping: drop what is held, and tell the others.
      dropHeldIndex();
      return { indexed, quarantined };
    },

    quarantined: () => listQuarantined(database),
    discardQuarantined: (qid) => discardQuarantined(database, qid),
  };
  return repo;
}
