import { describe, expect, it, vi } from 'vitest';
import type { ContentClient } from '@/lib/background/content-client';
import {
  createMakeSmartMenu,
  MAKE_SMART_MENU_ID,
  makeSmartClicked,
  type MenusApi,
} from '@/lib/background/context-menu';

function fakeMenus() {
  const items = new Map<string, { title: string; contexts: string[] }>();
  const menus = {
    removeAll: vi.fn(async () => items.clear()),
    create: vi.fn((props: { id: string; title: string; contexts: ['selection'] }, done) => {
      if (items.has(props.id)) throw new Error(`duplicate id ${props.id}`);
      items.set(props.id, props);
      done?.();
    }),
  } satisfies MenusApi;
  return { menus, items };
}

describe('createMakeSmartMenu', () => {
  it('creates one "Make this SMART" item on selections, also when run again on update', async () => {
    const { menus, items } = fakeMenus();
    const options = { title: 'Make this SMART', lastError: () => undefined, onError: vi.fn() };
    await createMakeSmartMenu(menus, options);
    await createMakeSmartMenu(menus, options);
    expect([...items]).toEqual([
      [
        MAKE_SMART_MENU_ID,
        { id: MAKE_SMART_MENU_ID, title: 'Make this SMART', contexts: ['selection'] },
      ],
    ]);
    expect(options.onError).not.toHaveBeenCalled();
  });

  it('reports a failed create instead of dropping it', async () => {
    const { menus } = fakeMenus();
    const onError = vi.fn();
    await createMakeSmartMenu(menus, {
      title: 'x',
      lastError: () => ({ message: 'Cannot create item with duplicate id make-smart' }),
      onError,
    });
    expect(onError).toHaveBeenCalledWith(expect.stringContaining('duplicate id'));
  });
});

describe('makeSmartClicked', () => {
  function setup(answer: () => Promise<{ opened: boolean }>) {
    const send = vi.fn((_type: string, _payload: unknown) => answer());
    const content = vi.fn((_tabId: number, _frameId: number) => send as unknown as ContentClient);
    const openAsDraft = vi.fn(async () => undefined);
    return { click: makeSmartClicked({ content, openAsDraft }), content, send, openAsDraft };
  }
  const info = {
    menuItemId: MAKE_SMART_MENU_ID,
    selectionText: ' Improve onboarding soon. ',
    frameId: 5,
    pageUrl: 'https://a.example/',
    frameUrl: 'https://frame.example/doc',
  };

  it('opens the card at the selection in the frame it was made in', async () => {
    const { click, content, send, openAsDraft } = setup(async () => ({ opened: true }));
    await click(info, { id: 12 });
    expect(content).toHaveBeenCalledWith(12, 5);
    expect(send).toHaveBeenCalledWith('card/open-at-selection', {
      text: 'Improve onboarding soon.',
    });
    expect(openAsDraft).not.toHaveBeenCalled();
  });

  it('defaults to the top frame when the browser names none', async () => {
    const { click, content } = setup(async () => ({ opened: true }));
    await click({ ...info, frameId: undefined }, { id: 12 });
    expect(content).toHaveBeenCalledWith(12, 0);
  });

  it.each([
    [
      'the tab has no content script',
      () => Promise.reject(new Error('Receiving end does not exist')),
    ],
    ['the card did not open', () => Promise.resolve({ opened: false })],
  ])('opens the selection as a draft in the builder when %s', async (_, answer) => {
    const { click, openAsDraft } = setup(answer as () => Promise<{ opened: boolean }>);
    await click(info, { id: 12 });
    expect(openAsDraft).toHaveBeenCalledWith(
      'Improve onboarding soon.',
      'https://frame.example/doc',
    );
  });

  it('opens the selection as a draft when there is no tab (e.g. a PDF viewer or devtools)', async () => {
    const { click, content, openAsDraft } = setup(async () => ({ opened: true }));
    await click({ ...info, frameUrl: undefined }, undefined);
    expect(content).not.toHaveBeenCalled();
    expect(openAsDraft).toHaveBeenCalledWith('Improve onboarding soon.', 'https://a.example/');
  });

  it('ignores other menu items', async () => {
    const { click, content, openAsDraft } = setup(async () => ({ opened: true }));
    await click({ ...info, menuItemId: 'another' }, { id: 12 });
    expect(content).not.toHaveBeenCalled();
    expect(openAsDraft).not.toHaveBeenCalled();
  });
});
