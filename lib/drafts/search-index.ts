import { z } from 'zod';
import { DraftStatusSchema, type Draft, type DraftStatus } from './draft';
import { searchKey } from './search-text';

/**
 * The search index: per draft, its folded title and text plus what search filters and orders by.
 * Search scans these instead of loading and parsing every draft, then loads only the matches.
 *
 * On disk the entries are packed into `SEARCH_BUCKETS` records of parallel arrays (the `n`th holds
 * the drafts whose id hashes to `n`): reading 10,000 small objects out of IndexedDB costs ~100 ms
 * of deserialisation, a few dozen records of arrays a tenth of that. A write rewrites the one
 * bucket its draft hashes to. Derived data: rebuilt by `rebuildSearchIndex`, repaired by search
 * whenever an entry disagrees with its draft, and a bucket that is not a bucket is rebuilt whole.
 */
export const SearchEntrySchema = z.object({
  id: z.string().min(1),
  key: z.string(),
  status: DraftStatusSchema,
  updatedAt: z.number(),
});
export type SearchEntry = z.infer<typeof SearchEntrySchema>;

/** Fixed forever: a draft's bucket is part of the stored format (migrations rely on it). */
export const SEARCH_BUCKETS = 64;

/** The stored record of one bucket (`searchBuckets` store, key path `n`). */
export interface PackedBucket {
  n: number;
  ids: string[];
  keys: string[];
  statuses: string[];
  updatedAt: number[];
}

/** FNV-1a over the id's UTF-16 code units, modulo the bucket count. */
export function bucketOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % SEARCH_BUCKETS;
}

const STATUSES: ReadonlySet<unknown> = new Set<DraftStatus>(DraftStatusSchema.options);

/**
 * `SearchEntrySchema.safeParse` without zod, for the one hot path that reads every entry (loading
 * the index into memory): accepts and returns exactly what the schema does, stripped to its fields.
 */
export function readSearchEntry(raw: unknown): SearchEntry | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { id, key, status, updatedAt } = raw as Record<string, unknown>;
  if (typeof id !== 'string' || id.length === 0 || typeof key !== 'string') return undefined;
  if (!STATUSES.has(status) || typeof updatedAt !== 'number' || !Number.isFinite(updatedAt)) {
    return undefined;
  }
  return { id, key, status: status as DraftStatus, updatedAt };
}

export interface ReadBucket {
  n: number;
  entries: SearchEntry[];
  /** Ids whose entry fails its check: re-derived from their drafts by the next repair. */
  broken: string[];
}

export const isBucketNumber = (n: unknown): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < SEARCH_BUCKETS;

/** The parallel arrays of a stored bucket, or undefined when the record is not a bucket at all. */
function arraysOf(raw: unknown): PackedBucket | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { n, ids, keys, statuses, updatedAt } = raw as Record<string, unknown>;
  if (!isBucketNumber(n)) return undefined;
  if (![ids, keys, statuses, updatedAt].every(Array.isArray)) return undefined;
  const arrays = { n, ids, keys, statuses, updatedAt } as PackedBucket;
  const length = arrays.ids.length;
  const aligned = [arrays.keys, arrays.statuses, arrays.updatedAt].every(
    (a) => a.length === length,
  );
  return aligned ? arrays : undefined;
}

/**
 * Checks a stored bucket entry by entry. Undefined when the record is unusable as a whole (then its
 * bucket number, if any, is unknown too, and the bucket is rebuilt from the drafts).
 */
export function readBucket(raw: unknown): ReadBucket | undefined {
  const packed = arraysOf(raw);
  if (!packed) return undefined;
  const entries: SearchEntry[] = [];
  const broken: string[] = [];
  for (let i = 0; i < packed.ids.length; i++) {
    const entry = readSearchEntry({
      id: packed.ids[i],
      key: packed.keys[i],
      status: packed.statuses[i],
      updatedAt: packed.updatedAt[i],
    });
    // An entry in the wrong bucket would never be found by a write to its draft: re-derive it.
    const id = packed.ids[i];
    if (entry && bucketOf(entry.id) === packed.n) entries.push(entry);
    else if (typeof id === 'string' && id !== '') broken.push(id);
  }
  return { n: packed.n, entries, broken };
}

export function packBucket(n: number, entries: Iterable<SearchEntry>): PackedBucket {
  const packed: PackedBucket = { n, ids: [], keys: [], statuses: [], updatedAt: [] };
  for (const e of entries) {
    packed.ids.push(e.id);
    packed.keys.push(e.key);
    packed.statuses.push(e.status);
    packed.updatedAt.push(e.updatedAt);
  }
  return packed;
}

/** Entries grouped by bucket, for writing whole buckets. */
export function groupByBucket(entries: Iterable<SearchEntry>): Map<number, SearchEntry[]> {
  const groups = new Map<number, SearchEntry[]>();
  for (const e of entries) {
    const n = bucketOf(e.id);
    const group = groups.get(n);
    if (group) group.push(e);
    else groups.set(n, [e]);
  }
  return groups;
}

/** The part of a store the bucket helpers need (an idb object store in a read-write transaction). */
export interface BucketStore {
  get(n: number): Promise<unknown>;
  put(bucket: PackedBucket): Promise<unknown>;
}

/**
 * Applies entry changes (`null`: the draft is gone) to the buckets they hash to, one read and one
 * write per bucket, in the caller's transaction. Entries already stored that fail their check are
 * kept as they are (search repairs them); a record that is not a bucket is replaced by
 * `rebuild(n)`, which must return every entry of that bucket from the drafts.
 */
export async function applyToBuckets(
  store: BucketStore,
  changes: ReadonlyMap<string, SearchEntry | null>,
  rebuild: (n: number) => Promise<SearchEntry[]>,
): Promise<void> {
  const byBucket = new Map<number, [string, SearchEntry | null][]>();
  for (const change of changes) {
    const n = bucketOf(change[0]);
    const list = byBucket.get(n);
    if (list) list.push(change);
    else byBucket.set(n, [change]);
  }
  // Sequential: two read-modify-writes of one bucket must never interleave.
  for (const [n, list] of byBucket) {
    const raw = await store.get(n);
    let packed = raw === undefined ? packBucket(n, []) : arraysOf(raw);
    if (!packed || packed.n !== n) packed = packBucket(n, await rebuild(n));
    const at = new Map(packed.ids.map((id, i) => [id, i]));
    const removed = new Set<number>();
    for (const [id, entry] of list) {
      const i = at.get(id);
      if (entry && i !== undefined) {
        packed.keys[i] = entry.key;
        packed.statuses[i] = entry.status;
        packed.updatedAt[i] = entry.updatedAt;
      } else if (entry) {
        at.set(id, packed.ids.length);
        packed.ids.push(id);
        packed.keys.push(entry.key);
        packed.statuses.push(entry.status);
        packed.updatedAt.push(entry.updatedAt);
      } else if (i !== undefined) {
        removed.add(i);
      }
    }
    if (removed.size > 0) {
      const keep = (_: unknown, i: number) => !removed.has(i);
      packed = {
        n,
        ids: packed.ids.filter(keep),
        keys: packed.keys.filter(keep),
        statuses: packed.statuses.filter(keep),
        updatedAt: packed.updatedAt.filter(keep),
      };
    }
    await store.put(packed);
  }
}

export function toSearchEntry(draft: Draft): SearchEntry {
  return {
    id: draft.id,
    key: searchKey(draft.title, draft.text),
    status: draft.status,
    updatedAt: draft.updatedAt,
  };
}

export function sameSearchEntry(a: SearchEntry, b: SearchEntry): boolean {
  return a.id === b.id && a.key === b.key && a.status === b.status && a.updatedAt === b.updatedAt;
}
