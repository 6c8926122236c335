/** A file the user chose to import: its text, or why the browser could not read it. */
export type Upload = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Reads the file chosen in a file input, then clears the input: choosing the same file again
 * (after fixing it) must fire a change again. Nothing leaves the device.
 */
export async function readUpload(input: HTMLInputElement, file: File): Promise<Upload> {
  try {
    return { ok: true, text: await file.text() };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    input.value = '';
  }
}
