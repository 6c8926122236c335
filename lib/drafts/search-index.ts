import { z } from 'zod';
import { DraftStatusSchema, type Draft, type DraftStatus } from './draft';
import { searchKey } from './search-text';

/**
 * One small record per draft in the `searchIndex` store: the folded title and text, plus what
 * search filters and orders by. Search scans these instead of loading and parsing every draft, then
 * loads only the matches. Derived data: rebuilt by `rebuildSearchIndex` and repaired by search
 * whenever an entry disagrees with its draft.
 */
export const SearchEntrySchema = z.object({
  id: z.string().min(1),
  key: z.string(),
  status: DraftStatusSchema,
  updatedAt: z.number(),
});
export type SearchEntry = z.infer<typeof SearchEntrySchema>;

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
