// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from '../../../lib/hints/clipboard';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A document whose `copy` command fires a copy event, as browsers do. */
function withCopyCommand(clipboard: unknown) {
  const data = new Map<string, string>();
  vi.spyOn(window.navigator, 'clipboard', 'get').mockReturnValue(clipboard as Clipboard);
  const exec = vi.fn((command: string) => {
    if (command !== 'copy') return false;
    const event = new Event('copy', { cancelable: true }) as ClipboardEvent;
    Object.defineProperty(event, 'clipboardData', {
      value: { setData: (type: string, value: string) => data.set(type, value) },
    });
    document.dispatchEvent(event);
    return true;
  });
  (document as unknown as { execCommand: typeof exec }).execCommand = exec;
  return { data, exec };
}

describe('copyText', () => {
  it('uses the async clipboard where there is one', async () => {
    const writeText = vi.fn(async () => {});
    const { exec } = withCopyCommand({ writeText });
    expect(await copyText(document, 'Grow by June.')).toBe(true);
    expect(writeText).toHaveBeenCalledWith('Grow by June.');
    expect(exec).not.toHaveBeenCalled();
  });

  it('falls back to the copy command (http pages have no navigator.clipboard)', async () => {
    const { data } = withCopyCommand(undefined);
    expect(await copyText(document, 'Grow by June.')).toBe(true);
    expect(data.get('text/plain')).toBe('Grow by June.');
  });

  it('falls back when the clipboard refuses, and says false when nothing works', async () => {
    const { data, exec } = withCopyCommand({
      writeText: () => Promise.reject(new Error('denied')),
    });
    expect(await copyText(document, 'x')).toBe(true);
    expect(data.get('text/plain')).toBe('x');
    exec.mockReturnValue(false);
    expect(await copyText(document, 'y')).toBe(false);
  });
});
