import { z } from 'zod';
import { DraftSchema, type Draft, type DraftStatus } from './draft';
import { toCsvRows } from './csv';
import { formatPath, issueText, toIssue, type Issue } from './issues';
import type { DraftsRepository, ImportSummary } from './repository';

/**
 * Moving drafts in and out: JSON (the lossless, versioned backup, the only format imported), CSV
 * for spreadsheets and Markdown for reading. Import is validated as a whole before anything is
 * written, then written in one transaction (`DraftsRepository.importDrafts`).
 */

export const EXPORT_FORMAT = 'smart-goals-drafts';
export const EXPORT_VERSION = 1;

export const DraftsExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  /** ISO 8601. */
  exportedAt: z.string(),
  drafts: z.array(DraftSchema),
});
export type DraftsExport = z.infer<typeof DraftsExportSchema>;

export type ExportKind = 'json' | 'csv' | 'markdown';

export interface ExportFile {
  filename: string;
  mimeType: string;
  content: string;
}

/** `path` is like `drafts[3].lang`; `index` is that draft's index, or null for the file itself. */
export interface ImportIssue extends Issue {
  index: number | null;
}

export type ImportResult =
  ({ status: 'imported' } & ImportSummary) | { status: 'invalid'; issues: ImportIssue[] };

/** `drafts[3].lang: expected one of en|zh|ru|vi` */
export const describeImportIssue: (issue: ImportIssue) => string = issueText;

// ---------------------------------------------------------------------------------------- JSON

export function draftsToJson(drafts: readonly Draft[], exportedAt: Date): string {
  const file: DraftsExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    drafts: [...drafts],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Validates an export file; every problem is named by draft index and field path. */
export function parseDraftsJson(
  text: string,
): { ok: true; drafts: Draft[] } | { ok: false; issues: ImportIssue[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ index: null, path: '', message: `not JSON: ${reason}` }] };
  }

  const header = z.object({ format: z.unknown(), version: z.unknown() }).safeParse(data);
  if (header.success) {
    const { format, version } = header.data;
    if (format === EXPORT_FORMAT && typeof version === 'number' && version > EXPORT_VERSION) {
      const message = `made by a newer SMART Goals (format version ${version}); update the extension to import it`;
      return { ok: false, issues: [{ index: null, path: 'version', message }] };
    }
  }

  const parsed = DraftsExportSchema.safeParse(data);
  const issues: ImportIssue[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const [first, second] = issue.path;
        const index = first === 'drafts' && typeof second === 'number' ? second : null;
        return { index, ...toIssue(issue) };
      });

  if (parsed.success) {
    const seen = new Map<string, number>();
    parsed.data.drafts.forEach((draft, index) => {
      const first = seen.get(draft.id);
      if (first === undefined) seen.set(draft.id, index);
      else {
        issues.push({
          index,
          path: formatPath(['drafts', index, 'id']),
          message: `same id as drafts[${first}]`,
        });
      }
    });
  }

  if (!parsed.success || issues.length > 0) {
    return { ok: false, issues: issues.sort((a, b) => (a.index ?? -1) - (b.index ?? -1)) };
  }
  return { ok: true, drafts: parsed.data.drafts };
}

/** All or nothing: an invalid file writes nothing, and so does a failure while writing. */
export async function importDraftsJson(
  repo: Pick<DraftsRepository, 'importDrafts'>,
  text: string,
): Promise<ImportResult> {
  const parsed = parseDraftsJson(text);
  if (!parsed.ok) return { status: 'invalid', issues: parsed.issues };
  return { status: 'imported', ...(await repo.importDrafts(parsed.drafts)) };
}

// ----------------------------------------------------------------------------------------- CSV

export const CSV_COLUMNS = [
  'id',
  'title',
  'lang',
  'status',
  'text',
  'parentId',
  'conflictOf',
  'sourceUrl',
  'sourceSite',
  'createdAt',
  'updatedAt',
  'revision',
] as const;

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * One row per draft, without `content` (structured data belongs in the JSON). Starts with a BOM
 * unless told not to, so spreadsheet apps read the Chinese, Russian and Vietnamese as UTF-8.
 */
export function draftsToCsv(drafts: readonly Draft[], options: { bom?: boolean } = {}): string {
  const rows = drafts.map((d) => [
    d.id,
    d.title,
    d.lang,
    d.status,
    d.text,
    d.parentId,
    d.conflictOf,
    d.source?.url,
    d.source?.site,
    iso(d.createdAt),
    iso(d.updatedAt),
    d.revision,
  ]);
  return (options.bom === false ? '' : '\uFEFF') + toCsvRows([CSV_COLUMNS, ...rows]);
}

// ------------------------------------------------------------------------------------ Markdown

const MARKDOWN_INLINE = /[\\`*_[\]<>|~&#]/g;
const MARKDOWN_LINE_MARK = /^(\s*)([>+\-=])/;
const MARKDOWN_ORDERED = /^(\s*\d+)([.)])/;

/** Escapes one line so Markdown (CommonMark/GFM) and embedded HTML show it as plain text. */
export function escapeMarkdown(line: string): string {
  return line
    .replace(MARKDOWN_INLINE, '\\$&')
    .replace(MARKDOWN_LINE_MARK, '$1\\$2')
    .replace(MARKDOWN_ORDERED, '$1\\$2');
}

function markdownLink(url: string, label: string): string {
  return /^https?:\/\//i.test(url)
    ? `[${escapeMarkdown(label)}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`
    : escapeMarkdown(label);
}

export function draftsToMarkdown(drafts: readonly Draft[], exportedAt: Date): string {
  const out = ['# SMART Goals drafts', '', `Exported ${exportedAt.toISOString()}`, ''];
  for (const d of drafts) {
    out.push(`## ${escapeMarkdown(d.title.replace(/\s+/g, ' ').trim()) || '(untitled)'}`, '');
    if (d.text.trim() !== '') {
      out.push(...d.text.split(/\r\n|\r|\n/).map((line) => `> ${escapeMarkdown(line)}`), '');
    }
    out.push(`- Language: ${d.lang}`, `- Status: ${d.status}`);
    out.push(`- Created: ${iso(d.createdAt)}`, `- Updated: ${iso(d.updatedAt)}`);
    if (d.source)
      out.push(`- Source: ${markdownLink(d.source.url, d.source.site || d.source.url)}`);
    out.push('');
  }
  return out.join('\n');
}

// ------------------------------------------------------------------------------------- Export

export interface ExportOptions {
  format: ExportKind;
  /** Only these drafts, in this order; default all (by creation). */
  ids?: readonly string[];
  /** With `ids` unset, also the trash. Default false. */
  includeDeleted?: boolean;
  now?: () => number;
}

const MIME: Record<ExportKind, string> = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  markdown: 'text/markdown;charset=utf-8',
};
const EXTENSION: Record<ExportKind, string> = { json: 'json', csv: 'csv', markdown: 'md' };

export async function exportDrafts(
  repo: Pick<DraftsRepository, 'list' | 'getMany'>,
  options: ExportOptions,
): Promise<ExportFile & { count: number; quarantined: number }> {
  const exportedAt = new Date((options.now ?? Date.now)());
  const statuses: DraftStatus[] = options.includeDeleted
    ? ['active', 'archived', 'deleted']
    : ['active', 'archived'];
  const { drafts, quarantined } = options.ids
    ? await repo.getMany(options.ids)
    : await repo.list({ status: statuses, sort: 'created', direction: 'asc' });
  const content =
    options.format === 'json'
      ? draftsToJson(drafts, exportedAt)
      : options.format === 'csv'
        ? draftsToCsv(drafts)
        : draftsToMarkdown(drafts, exportedAt);
  const day = exportedAt.toISOString().slice(0, 10);
  return {
    filename: `smart-goals-drafts-${day}.${EXTENSION[options.format]}`,
    mimeType: MIME[options.format],
    content,
    count: drafts.length,
    quarantined,
  };
}
