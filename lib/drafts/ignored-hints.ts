import { z } from 'zod';
import type { DraftsDatabase } from './database';
import { quarantineRecords, sortOut } from './quarantine';
import { hintHash } from '../hints/hint-hash';

// The hash lives with the hint layer: the content script computes it without pulling in idb.
export { hintHash, normalizeHintText } from '../hints/hint-hash';

/**
 * Hints the user dismissed, per site. Only a SHA-256 of the normalized text is kept, never the
 * text itself: the store answers "was this dismissed here?" without holding what people typed on
 * other sites. Normalization (width, case, whitespace) keeps a dismissal across trivial edits, but
 * not across diacritics: in Vietnamese `tăng` and `tang` are different words.
 */

export const IgnoredHintSchema = z.object({
  /** Hostname, lower case. */
  site: z.string().min(1),
  /** SHA-256 hex of the normalized text. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: z.number().int().nonnegative(),
});
export type IgnoredHint = z.infer<typeof IgnoredHintSchema>;

export interface IgnoredHints {
  ignore(site: string, text: string): Promise<IgnoredHint>;
  isIgnored(site: string, text: string): Promise<boolean>;
  /** The site's dismissals, oldest first. */
  list(site: string): Promise<IgnoredHint[]>;
  /** Forgets every dismissal on the site; returns how many there were. */
  clear(site: string): Promise<number>;
}

/** A hostname from a hostname, origin or URL: `https://Docs.Example.com/x` → `docs.example.com`. */
export function normalizeSite(site: string): string {
  let host = site.trim().toLowerCase();
  if (host.includes('://')) {
    try {
      host = new URL(host).hostname;
    } catch {
      // Not a URL after all: keep the trimmed text.
    }
  }
  host = host.replace(/\.$/, '');
  if (host === '') throw new TypeError('site must not be empty');
  return host;
}

const rawKey = (raw: unknown): [string, string] | undefined => {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { site, hash } = raw as { site?: unknown; hash?: unknown };
  return typeof site === 'string' && typeof hash === 'string' ? [site, hash] : undefined;
};

export function createIgnoredHints(
  database: DraftsDatabase,
  options: { now?: () => number } = {},
): IgnoredHints {
  const now = options.now ?? Date.now;
  const quarantine = (keys: [string, string][]) =>
    quarantineRecords(database, 'ignoredHints', IgnoredHintSchema, keys, now());

  return {
    async ignore(site, text) {
      const hint: IgnoredHint = {
        site: normalizeSite(site),
        hash: await hintHash(text),
        createdAt: now(),
      };
      const db = await database.connect();
      const tx = db.transaction('ignoredHints', 'readwrite');
      const existing = IgnoredHintSchema.safeParse(await tx.store.get([hint.site, hint.hash]));
      if (existing.success) {
        await tx.done;
        return existing.data;
      }
      await Promise.all([tx.store.put(hint), tx.done]);
      return hint;
    },

    async isIgnored(site, text) {
      const key: [string, string] = [normalizeSite(site), await hintHash(text)];
      const db = await database.connect();
      const raw: unknown = await db.get('ignoredHints', key);
      if (raw === undefined) return false;
      if (IgnoredHintSchema.safeParse(raw).success) return true;
      await quarantine([key]);
      return false;
    },

    async list(site) {
      const db = await database.connect();
      const raws = await db.getAllFromIndex('ignoredHints', 'site', normalizeSite(site));
      const { valid, suspects } = sortOut(raws, IgnoredHintSchema, rawKey);
      await quarantine(suspects as [string, string][]);
      return valid.sort((a, b) => a.createdAt - b.createdAt);
    },

    async clear(site) {
      const db = await database.connect();
      const tx = db.transaction('ignoredHints', 'readwrite');
      const keys = await tx.store.index('site').getAllKeys(normalizeSite(site));
      await Promise.all([...keys.map((key) => tx.store.delete(key)), tx.done]);
      return keys.length;
    },
  };
}
