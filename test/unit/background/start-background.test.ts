import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RuntimeListener } from '@/lib/background/message-listener';
import { MAKE_SMART_MENU_ID } from '@/lib/background/context-menu';
import { startBackground } from '@/lib/background/start-background';
import { createDraftsDatabase, createDraftsRepository } from '@/lib/drafts';
import { deliver } from './helpers';

type Listener = (...args: never[]) => unknown;

/**
 * The fake browser lacks contextMenus, commands, i18n and tabs.sendMessage: small fakes record
 * what the background registers and sends, so the wiring itself is tested.
 */
function wire(options: { noContentScript?: boolean } = {}) {
  const captured = {
    message: [] as RuntimeListener[],
    installed: [] as Listener[],
    menuClicked: [] as Listener[],
    command: [] as Listener[],
  };
  const capture = (list: Listener[]) => (listener: Listener) => void list.push(listener);
  vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation(
    capture(captured.message as never) as never,
  );
  vi.spyOn(fakeBrowser.runtime.onInstalled, 'addListener').mockImplementation(
    capture(captured.installed) as never,
  );
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(
    capture(captured.menuClicked) as never,
  );
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(
    capture(captured.command) as never,
  );
  const removeAll = vi
    .spyOn(fakeBrowser.contextMenus, 'removeAll')
    .mockImplementation((async () => undefined) as never);
  const create = vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(((
    _props: unknown,
    done?: () => void,
  ) => {
    done?.();
    return MAKE_SMART_MENU_ID;
  }) as never);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string) =>
    key === 'menu_make_smart' ? 'Make this SMART' : '') as never);
  const sendMessage = vi.fn(async (_tabId: number, _message: unknown, _options: object) => {
    if (options.noContentScript) throw new Error('Receiving end does not exist.');
    return { ok: true, value: { opened: true } };
  });
  (fakeBrowser.tabs as unknown as { sendMessage: typeof sendMessage }).sendMessage = sendMessage;
  startBackground();
  return { captured, removeAll, create, sendMessage };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('startBackground', () => {
  it('registers one message listener, and the menu only when installed or updated', async () => {
    const { captured, create, removeAll } = wire();
    expect(captured.message).toHaveLength(1);
    expect(captured.menuClicked).toHaveLength(1);
    expect(captured.command).toHaveLength(1);
    // A worker start is not an install: menu items persist, creating them again would fail.
    expect(create).not.toHaveBeenCalled();

    for (const listener of captured.installed) listener({ reason: 'install' } as never);
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(removeAll).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith(
      { id: MAKE_SMART_MENU_ID, title: 'Make this SMART', contexts: ['selection'] },
      expect.any(Function),
    );
  });

  it('sends a menu click to the frame of the selection', async () => {
    const { captured, sendMessage } = wire();
    captured.menuClicked[0]!(
      { menuItemId: MAKE_SMART_MENU_ID, selectionText: 'Grow sales.', frameId: 2 } as never,
      { id: 6 } as never,
    );
    await vi.waitFor(() =>
      expect(sendMessage).toHaveBeenCalledWith(
        6,
        { type: 'card/open-at-selection', payload: { text: 'Grow sales.' } },
        { frameId: 2 },
      ),
    );
  });

  it('opens the selection as a draft in the builder when the tab has no content script', async () => {
    const { captured } = wire({ noContentScript: true });
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    captured.menuClicked[0]!(
      {
        menuItemId: MAKE_SMART_MENU_ID,
        selectionText: 'Grow newsletter signups by 20% by June.',
        frameId: 0,
        pageUrl: 'https://news.example/post',
      } as never,
      { id: 6 } as never,
    );
    // The fake browser cannot open a popup, so the builder opens in a tab on the new draft.
    await vi.waitFor(() => expect(created).toHaveBeenCalledTimes(1), { timeout: 5000 });
    const url = new URL(created.mock.calls[0]![0].url!);
    expect(url.pathname).toBe('/popup.html');
    const draftId = url.searchParams.get('draft')!;
    const drafts = createDraftsRepository(createDraftsDatabase());
    expect(await drafts.get(draftId)).toMatchObject({
      source: { url: 'https://news.example/post', site: 'news.example' },
      content: { lang: 'en', smart: { target: 20 } },
    });
  });

  it('sends a shortcut to every frame of the tab', async () => {
    const { captured, sendMessage } = wire();
    captured.command[0]!('next-hint' as never, { id: 6 } as never);
    await vi.waitFor(() =>
      expect(sendMessage).toHaveBeenCalledWith(6, { type: 'hints/next', payload: {} }, {}),
    );
  });

  it('answers through the real drafts database: a dismissed hint is listed', async () => {
    const { captured } = wire();
    const [listener] = captured.message;
    const site = `site-${Math.random()}.example`;
    const ignore = await deliver(listener!, {
      type: 'hints/ignore',
      payload: { site, text: 'Improve onboarding soon.' },
    }).reply;
    expect(ignore).toMatchObject({ ok: true });
    const listed = await deliver(listener!, { type: 'hints/ignored', payload: { site } }).reply;
    expect(listed).toMatchObject({ ok: true, value: { hashes: [expect.any(String)] } });
  });
});
