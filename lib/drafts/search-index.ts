import { z } from 'zod';
import { DraftStatusSchema, type Draft } from './draft';
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

export function toSearchEntry(draft: Draft): SearchEntry {
  return {
    id: draft.id,
    key: searchKey(draft.title, draft.text),
    status: draft.status,
    updatedAt: draft.updatedAt,
  };
}

export function entryMatchesDraft(entry: SearchEntry, draft: Draft): boolean {
  const fresh = toSearchEntry(draft);
  return (
    entry.key === fresh.key && entry.status === fresh.status && entry.updatedAt === fresh.updatedAt
  );
}
