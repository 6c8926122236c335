// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPageHints } from '../../../lib/hints/hints-module';
import { deliver } from '../background/helpers';

let controller: AbortController;

afterEach(() => {
  controller?.abort();
  vi.restoreAllMocks();
});

describe('startPageHints (the lazily imported hint layer)', () => {
  it('answers every content message the stub hands it, even in a frame without focus', async () => {
    vi.spyOn(document, 'hasFocus').mockReturnValue(false);
    controller = new AbortController();
    const { answer } = startPageHints({ document, signal: controller.signal, lastFocused: null });
    // A shortcut that the stub claimed while the frame had focus: answered, not left to others.
    const next = deliver(answer, { type: 'hints/next', payload: {} });
    expect(next.returned).toBe(true);
    expect(await next.reply).toEqual({ ok: true, value: { opened: false } });
    const insert = deliver(answer, { type: 'field/insert', payload: { text: 'Grow by 5%.' } });
    expect(await insert.reply).toEqual({
      ok: true,
      value: { inserted: false, reason: 'no-field' },
    });
  });

  it('parses what the stub passed on: a malformed request gets an error and does nothing', async () => {
    controller = new AbortController();
    const { answer } = startPageHints({ document, signal: controller.signal, lastFocused: null });
    const reply = await deliver(answer, { type: 'field/insert', payload: { text: '' } }).reply;
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^Malformed/) });
  });
});
