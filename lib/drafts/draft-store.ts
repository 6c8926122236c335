import type { IDBPTransaction } from 'idb';
import type { DraftsDB } from './database';

/**
 * Every write transaction spans these stores: a draft and its search entry commit together (the
 * repository records each change and packs them into their buckets before the commit), and a bad
 * record met on the way can be quarantined.
 */
export const WRITE_STORES = ['drafts', 'searchBuckets', 'quarantine'] as const;
export type DraftsTx = IDBPTransaction<
  DraftsDB,
  ('drafts' | 'searchBuckets' | 'quarantine')[],
  'readwrite'
>;

/** The id of a raw record, when it has a usable one (for quarantining what failed to parse). */
export function rawDraftKey(raw: unknown): string | number | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const id = (raw as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? id : undefined;
}
