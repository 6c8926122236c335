import type { ExportFile, QuarantineEntry } from '@/lib/drafts';

/** Damaged records exactly as they were read, with the reasons: for support, or a manual repair. */
export function quarantineFile(entries: readonly QuarantineEntry[], exportedAt: Date): ExportFile {
  const content = {
    format: 'smart-goals-quarantine',
    version: 1,
    exportedAt: exportedAt.toISOString(),
    entries,
  };
  return {
    filename: `smart-goals-damaged-${exportedAt.toISOString().slice(0, 10)}.json`,
    mimeType: 'application/json',
    content: `${JSON.stringify(content, null, 2)}\n`,
  };
}
