/**
 * Copying the rewrite when an editor refused it (or for the Copy button). `navigator.clipboard`
 * exists only in secure contexts, so on `http:` pages the fallback is the `copy` command with our
 * own `copy` listener supplying the text: nothing is inserted into the page and the editor's
 * selection stays as it is.
 */
export async function copyText(doc: Document, text: string): Promise<boolean> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard && typeof clipboard.writeText === 'function') {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Denied (no focus, permissions policy): try the command.
    }
  }
  let supplied = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
    supplied = true;
  };
  doc.addEventListener('copy', onCopy, { capture: true });
  try {
    const exec = (doc as Partial<Pick<Document, 'execCommand'>>).execCommand;
    return typeof exec === 'function' && exec.call(doc, 'copy') && supplied;
  } catch {
    return false;
  } finally {
    doc.removeEventListener('copy', onCopy, { capture: true });
  }
}
