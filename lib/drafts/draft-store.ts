import type { IDBPTransaction } from 'idb';
import type { DraftsDB } from './database';
import type { Draft } from './draft';
import { toSearchEntry } from './search-index';

/**
 * The only writers of the `drafts` store: each keeps the search index in step inside the caller's
 * transaction, so a draft and its entry can never commit apart.
 */

/** Every write transaction spans these stores, so a bad record met on the way can be quarantined. */
export const WRITE_STORES = ['drafts', 'searchIndex', 'quarantine'] as const;
export type DraftsTx = IDBPTransaction<
  DraftsDB,
  ('drafts' | 'searchIndex' | 'quarantine')[],
  'readwrite'
>;

export async function putDraft(tx: DraftsTx, draft: Draft): Promise<void> {
  await Promise.all([
    tx.objectStore('drafts').put(draft),
    tx.objectStore('searchIndex').put(toSearchEntry(draft)),
  ]);
}

export async function removeDraft(tx: DraftsTx, id: string): Promise<void> {
  await Promise.all([
    tx.objectStore('drafts').delete(id),
    tx.objectStore('searchIndex').delete(id),
  ]);
}

/** The id of a raw record, when it has a usable one (for quarantining what failed to parse). */
export function rawDraftKey(raw: unknown): string | number | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const id = (raw as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? id : undefined;
}
