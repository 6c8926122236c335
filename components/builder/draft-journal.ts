import { z } from 'zod';
import { DraftEditSchema, type DraftsRepository } from '@/lib/drafts';

/**
 * A synchronous copy of the edit not yet in IndexedDB, one per draft. Autosave waits up to 500 ms and
 * an IndexedDB write still in flight dies with the page, so closing the popup mid-typing would lose
 * the last keystrokes; `localStorage` is written before the keystroke handler returns and survives the
 * page. The entry is removed once autosave reports everything saved, and replayed on the next open.
 */

export const JOURNAL_PREFIX = 'builder:unsaved:';

/** The part of `Storage` the journal uses (localStorage, or a map in tests). */
export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const EntrySchema = z.object({
  /** The revision the edit was made on: a newer stored revision means another view saved since. */
  revision: z.number().int().positive(),
  fields: DraftEditSchema.omit({ id: true }),
});
export type JournalEntry = z.infer<typeof EntrySchema>;

export interface DraftJournal {
  write(id: string, entry: JournalEntry): void;
  read(id: string): JournalEntry | undefined;
  remove(id: string): void;
  ids(): string[];
}

export function createDraftJournal(storage: JournalStorage): DraftJournal {
  return {
    write(id, entry) {
      try {
        storage.setItem(JOURNAL_PREFIX + id, JSON.stringify(entry));
      } catch {
        // Full or disabled storage: autosave still has the value in memory and says so when it fails.
      }
    },
    read(id) {
      const raw = storage.getItem(JOURNAL_PREFIX + id);
      if (raw === null) return undefined;
      try {
        const parsed = EntrySchema.safeParse(JSON.parse(raw));
        return parsed.success ? parsed.data : undefined;
      } catch {
        return undefined;
      }
    },
    remove(id) {
      storage.removeItem(JOURNAL_PREFIX + id);
    },
    ids() {
      const out: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(JOURNAL_PREFIX)) out.push(key.slice(JOURNAL_PREFIX.length));
      }
      return out;
    },
  };
}

/**
 * Writes every journalled edit of a draft other than `except` (the one the editor replays itself).
 * A stale revision becomes a visible conflict copy through `save`, and `save` recreates a draft purged
 * since, so the words survive either way. Returns the ids of the conflict copies made.
 */
export async function replayJournal(
  journal: DraftJournal,
  repository: Pick<DraftsRepository, 'save'>,
  except?: string,
): Promise<string[]> {
  const copies: string[] = [];
  for (const id of journal.ids()) {
    if (id === except) continue;
    const entry = journal.read(id);
    if (!entry) {
      journal.remove(id);
      continue;
    }
    const result = await repository.save({ ...entry.fields, id }, entry.revision);
    if (result.status === 'conflict') copies.push(result.copy.id);
    journal.remove(id);
  }
  return copies;
}
