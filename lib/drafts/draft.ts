import { z } from 'zod';

/**
 * The stored draft, one place for its shape. Every record read from IndexedDB goes through
 * `DraftSchema` (see `quarantine.ts` for what happens when it does not parse).
 */

/**
 * What the builder edits. The builder's `Goal` schema from `lib/goals` plugs in here: replace the
 * record with it and every read, write, import and export follows.
 */
export const DraftContentSchema = z.record(z.string(), z.unknown());
export type DraftContent = z.infer<typeof DraftContentSchema>;

/** Same list as `LANGS` in `lib/analysis/schema.ts` (a unit test keeps the two equal). */
export const DRAFT_LANGS = ['en', 'zh', 'ru', 'vi'] as const;
export const DraftLangSchema = z.enum(DRAFT_LANGS);
export type DraftLang = z.infer<typeof DraftLangSchema>;

/** `deleted` is the trash: undoable until `purge`. */
export const DRAFT_STATUSES = ['active', 'archived', 'deleted'] as const;
export const DraftStatusSchema = z.enum(DRAFT_STATUSES);
export type DraftStatus = z.infer<typeof DraftStatusSchema>;

/** Where the goal was written, when it came from a page (`site` is the hostname). */
export const DraftSourceSchema = z.object({ url: z.string(), site: z.string() });
export type DraftSource = z.infer<typeof DraftSourceSchema>;

const EpochMs = z.number().int().nonnegative();

export const DraftSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  lang: DraftLangSchema,
  content: DraftContentSchema,
  /** The goal sentence as plain text: what search looks at, with the title. */
  text: z.string(),
  parentId: z.string().min(1).nullable(),
  status: DraftStatusSchema,
  source: DraftSourceSchema.nullable(),
  createdAt: EpochMs,
  /** Last change of the content fields; status changes leave it alone so lists keep their order. */
  updatedAt: EpochMs,
  /** Bumped by every write, status changes included: the token of optimistic concurrency. */
  revision: z.number().int().positive(),
  /** Set on a copy made when a stale save met a newer stored version: the id it conflicted with. */
  conflictOf: z.string().min(1).optional(),
});
export type Draft = z.infer<typeof DraftSchema>;

/** The fields an editor owns; `save` writes these and nothing else. */
export const EDITABLE_FIELDS = ['title', 'lang', 'content', 'text', 'parentId', 'source'] as const;

export const DraftEditSchema = DraftSchema.pick({
  id: true,
  title: true,
  lang: true,
  content: true,
  text: true,
  parentId: true,
  source: true,
});
export type DraftEdit = z.infer<typeof DraftEditSchema>;
/** What an editor holds between saves: the editable fields without the id. */
export type DraftFields = Omit<DraftEdit, 'id'>;

export const NewDraftSchema = z.object({
  title: z.string().default(''),
  lang: DraftLangSchema,
  content: DraftContentSchema.default({}),
  text: z.string().default(''),
  parentId: z.string().min(1).nullable().default(null),
  source: DraftSourceSchema.nullable().default(null),
});
export type NewDraft = z.input<typeof NewDraftSchema>;
