// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toRuntimeListener } from '@/lib/background/message-listener';
import {
  createBackgroundRoute,
  type BackgroundCommandsTarget,
} from '@/lib/hints/background-messages';
import { claimsCommand, hasOwnFocus } from '@/lib/hints/frame-claims';
import { deliver } from '../background/helpers';

/** The route behind this frame's claims, as the stub and the loaded layer compose them. */
const createBackgroundListener = (handle: BackgroundCommandsTarget, doc: Document) =>
  toRuntimeListener(createBackgroundRoute(handle), (type, payload) =>
    claimsCommand(type, payload, doc),
  );

function target(): BackgroundCommandsTarget & {
  [K in keyof BackgroundCommandsTarget]: ReturnType<typeof vi.fn>;
} {
  return {
    openCardAtSelection: vi.fn(async () => true),
    openNextHint: vi.fn(() => true),
    insertIntoLastFocused: vi.fn(async () => ({ inserted: false, reason: 'no-field' })),
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

function focused(has: boolean) {
  vi.spyOn(document, 'hasFocus').mockReturnValue(has);
}

describe('content-script end of the background messages', () => {
  it('opens the card at the selection with the context menu’s text, focused or not', async () => {
    focused(false);
    const handle = target();
    const listener = createBackgroundListener(handle, document);
    const { returned, reply } = deliver(listener, {
      type: 'card/open-at-selection',
      payload: { text: 'Improve onboarding soon.' },
    });
    expect(returned).toBe(true);
    expect(await reply).toEqual({ ok: true, value: { opened: true } });
    expect(handle.openCardAtSelection).toHaveBeenCalledWith('Improve onboarding soon.');
  });

  it('answers a shortcut only in the frame that has focus', async () => {
    const handle = target();
    const listener = createBackgroundListener(handle, document);

    focused(false);
    expect(deliver(listener, { type: 'hints/next', payload: {} }).returned).toBeUndefined();
    expect(
      deliver(listener, { type: 'card/open-at-selection', payload: {} }).returned,
    ).toBeUndefined();
    expect(handle.openNextHint).not.toHaveBeenCalled();
    expect(handle.openCardAtSelection).not.toHaveBeenCalled();

    focused(true);
    expect(await deliver(listener, { type: 'hints/next', payload: {} }).reply).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(await deliver(listener, { type: 'card/open-at-selection', payload: {} }).reply).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(handle.openCardAtSelection).toHaveBeenCalledWith(undefined);
  });

  it('leaves a shortcut to the child frame that has the focus', () => {
    focused(true);
    expect(hasOwnFocus(document)).toBe(true);
    const frame = document.createElement('iframe');
    document.body.append(frame);
    // A focused child frame shows in its parent as the focused <iframe> element.
    vi.spyOn(document, 'activeElement', 'get').mockReturnValue(frame);
    expect(hasOwnFocus(document)).toBe(false);
    frame.remove();
  });

  it('inserts into the last focused field and passes the reason back', async () => {
    focused(false);
    const handle = target();
    const reply = await deliver(createBackgroundListener(handle, document), {
      type: 'field/insert',
      payload: { text: 'Grow signups by 20% by June.' },
    }).reply;
    expect(reply).toEqual({ ok: true, value: { inserted: false, reason: 'no-field' } });
    expect(handle.insertIntoLastFocused).toHaveBeenCalledWith('Grow signups by 20% by June.');
  });

  it.each([
    ['field/insert without text', { type: 'field/insert', payload: {} }],
    ['field/insert with empty text', { type: 'field/insert', payload: { text: '' } }],
    ['a number as the card text', { type: 'card/open-at-selection', payload: { text: 5 } }],
  ])('rejects %s and does nothing', async (_, message) => {
    focused(true);
    const handle = target();
    const reply = await deliver(createBackgroundListener(handle, document), message).reply;
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^Malformed/) });
    expect(handle.insertIntoLastFocused).not.toHaveBeenCalled();
    expect(handle.openCardAtSelection).not.toHaveBeenCalled();
  });

  it('leaves background messages and foreign envelopes alone', () => {
    focused(true);
    const listener = createBackgroundListener(target(), document);
    for (const message of [
      { type: 'hints/ignore', payload: { site: 'a.com', text: 'x' } },
      { type: 'other', payload: {} },
      'card/open-at-selection',
    ]) {
      expect(deliver(listener, message).returned).toBeUndefined();
    }
  });
});
