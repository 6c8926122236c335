import { z } from 'zod';
import type { IDBPTransaction } from 'idb';
import { abortQuietly, type DraftsDB, type DraftsDatabase } from './database';
import { issueText, toIssues } from './issues';

/**
 * A record that fails its schema is never dropped and never allowed to break a whole read: it is
 * moved, as it was on disk, into the `quarantine` store together with the reasons, and the read
 * goes on without it. Entries stay until someone discards them (a support export can ship them).
 */

export const QUARANTINED_STORES = ['drafts', 'ignoredHints'] as const;
export type QuarantinedStore = (typeof QUARANTINED_STORES)[number];

const KeySchema = z.union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))]);
export type QuarantineKey = z.infer<typeof KeySchema>;
type Key = QuarantineKey;

export const QuarantineEntrySchema = z.object({
  qid: z.number().int(),
  store: z.enum(QUARANTINED_STORES),
  key: KeySchema,
  /** The record exactly as it was read. */
  record: z.unknown(),
  /** Why it failed, e.g. `lang: expected one of en|zh|ru|vi`. */
  issues: z.array(z.string()),
  quarantinedAt: z.number(),
});
export type QuarantineEntry = z.infer<typeof QuarantineEntrySchema>;

type QuarantineTx<S extends QuarantinedStore> = IDBPTransaction<
  DraftsDB,
  (S | 'searchBuckets' | 'quarantine')[],
  'readwrite'
>;

/**
 * Inside the caller's transaction: moves the record under `key` aside if it still fails `schema`
 * (another page may have fixed it meanwhile). Returns the entry, or null when nothing was moved.
 * A draft's search entry is the caller's to drop: it knows the index format.
 */
export async function quarantineInTx<S extends QuarantinedStore>(
  tx: QuarantineTx<S>,
  store: S,
  schema: z.ZodType,
  key: Key,
  now: number,
): Promise<QuarantineEntry | null> {
  const source = tx.objectStore(store);
  const record: unknown = await source.get(key as never);
  if (record === undefined) return null;
  const parsed = schema.safeParse(record);
  if (parsed.success) return null;
  const entry = {
    store,
    key,
    record,
    issues: toIssues(parsed.error).map(issueText),
    quarantinedAt: now,
  };
  const qid = await tx.objectStore('quarantine').add(entry);
  await source.delete(key as never);
  return { qid, ...entry };
}

/**
 * Moves the given keys aside, as `quarantineInTx` does, in a transaction of its own; `inTx` runs
 * in that transaction after the moves (the repository drops the drafts' search entries there).
 */
export async function quarantineRecords(
  database: DraftsDatabase,
  store: QuarantinedStore,
  schema: z.ZodType,
  keys: readonly Key[],
  now: number,
  inTx?: (tx: QuarantineTx<QuarantinedStore>, moved: readonly QuarantineEntry[]) => Promise<void>,
): Promise<QuarantineEntry[]> {
  if (keys.length === 0) return [];
  const db = await database.connect();
  const tx = db.transaction([store, 'searchBuckets', 'quarantine'], 'readwrite');
  const moved: QuarantineEntry[] = [];
  try {
    for (const key of keys) {
      const entry = await quarantineInTx(tx, store, schema, key, now);
      if (entry) moved.push(entry);
    }
    if (moved.length > 0) await inTx?.(tx, moved);
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
  await tx.done;
  return moved;
}

/** Splits raw records into parsed values and the keys of those that failed. */
export function sortOut<T>(
  records: readonly unknown[],
  schema: z.ZodType<T>,
  keyOf: (raw: unknown) => Key | undefined,
): { valid: T[]; suspects: Key[] } {
  const valid: T[] = [];
  const suspects: Key[] = [];
  for (const raw of records) {
    const parsed = schema.safeParse(raw);
    if (parsed.success) valid.push(parsed.data);
    else {
      const key = keyOf(raw);
      if (key !== undefined) suspects.push(key);
    }
  }
  return { valid, suspects };
}

export async function listQuarantined(database: DraftsDatabase): Promise<QuarantineEntry[]> {
  const db = await database.connect();
  const all: unknown[] = await db.getAll('quarantine');
  // The quarantine must not throw either: an entry that does not parse is skipped.
  return all.flatMap((raw) => {
    const parsed = QuarantineEntrySchema.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function discardQuarantined(database: DraftsDatabase, qid: number): Promise<void> {
  const db = await database.connect();
  await db.delete('quarantine', qid);
}
