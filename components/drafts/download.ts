import type { ExportFile } from '@/lib/drafts';

/** Saves a file the user asked for: a Blob URL clicked through `<a download>`, nothing sent. */
export function downloadFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.click();
  // The click has started the download; the URL is not needed afterwards.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
