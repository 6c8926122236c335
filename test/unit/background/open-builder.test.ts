import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createBuilderOpener,
  PENDING_DRAFT_KEY,
  type BuilderApis,
} from '@/lib/background/open-builder';

const URL_BASE = 'chrome-extension://id';

function apis(overrides: Partial<BuilderApis> = {}) {
  const createTab = vi.fn(async (_url: string) => ({}));
  const all: BuilderApis = {
    session: fakeBrowser.storage.session,
    getURL: (path) => `${URL_BASE}${path}`,
    createTab,
    ...overrides,
  };
  return { all, createTab };
}

const pending = async () =>
  (await fakeBrowser.storage.session.get(PENDING_DRAFT_KEY))[PENDING_DRAFT_KEY];

const ok = () => vi.fn(async () => undefined);
const noGesture = () =>
  vi.fn(async () => {
    throw new Error('sidePanel.open() may only be called in response to a user gesture.');
  });

function sidePanel(open = ok()) {
  return { setOptions: vi.fn(async () => undefined), open };
}

describe('openBuilder', () => {
  it('opens a tab on the draft when asked for a tab, leaving no pending draft behind', async () => {
    const { all, createTab } = apis({ openPopup: ok(), sidePanel: sidePanel() });
    expect(await createBuilderOpener(all)({ place: 'tab', draft: 'd 1' })).toBe('tab');
    expect(createTab).toHaveBeenCalledWith(`${URL_BASE}/popup.html?draft=d%201`);
    expect(all.openPopup).not.toHaveBeenCalled();
    expect(await pending()).toBeUndefined();
  });

  it('opens the popup and leaves the draft id for it in storage.session', async () => {
    const openPopup = ok();
    const { all, createTab } = apis({ openPopup });
    expect(await createBuilderOpener(all)({ place: 'popup', draft: 'd-1' })).toBe('popup');
    expect(openPopup).toHaveBeenCalledTimes(1);
    expect(createTab).not.toHaveBeenCalled();
    expect(await pending()).toBe('d-1');
  });

  it('writes the pending id before the popup opens, and opens it only once the draft exists', async () => {
    let seenByPopup: unknown = 'not opened';
    const openPopup = vi.fn(async () => {
      seenByPopup = await pending();
    });
    const { all } = apis({ openPopup });
    let create!: (id: string) => void;
    const draft = new Promise<string>((resolve) => (create = resolve));
    const opened = createBuilderOpener(all)({ place: 'popup', draft });
    await Promise.resolve();
    // The popup would read `builder:pendingDraft` on load: it must not open on nothing.
    expect(openPopup).not.toHaveBeenCalled();
    create('d-3');
    expect(await opened).toBe('popup');
    expect(seenByPopup).toBe('d-3');
  });

  it('falls back to a tab when the popup cannot open, and clears the pending id', async () => {
    const { all, createTab } = apis({ openPopup: noGesture() });
    expect(await createBuilderOpener(all)({ place: 'popup', draft: 'd-1' })).toBe('tab');
    expect(createTab).toHaveBeenCalledWith(`${URL_BASE}/popup.html?draft=d-1`);
    expect(await pending()).toBeUndefined();
  });

  it('opens the side panel beside the tab on the draft', async () => {
    const panel = sidePanel();
    const { all } = apis({ sidePanel: panel });
    expect(await createBuilderOpener(all)({ place: 'sidepanel', draft: 'd-1', tabId: 4 })).toBe(
      'sidepanel',
    );
    expect(panel.setOptions).toHaveBeenCalledWith({
      tabId: 4,
      path: 'sidepanel.html?draft=d-1',
      enabled: true,
    });
    expect(panel.open).toHaveBeenCalledWith({ tabId: 4 });
    expect(await pending()).toBe('d-1');
  });

  it('calls sidePanel.open before the draft exists: a user gesture ends at the first await', async () => {
    const panel = sidePanel();
    const { all } = apis({ sidePanel: panel });
    let create!: (id: string) => void;
    const draft = new Promise<string>((resolve) => (create = resolve));
    const opened = createBuilderOpener(all)({ place: 'sidepanel', draft, tabId: 4 });
    // Synchronously, while the click is still being handled.
    expect(panel.open).toHaveBeenCalledWith({ tabId: 4 });
    expect(panel.setOptions).toHaveBeenCalledWith({
      tabId: 4,
      path: 'sidepanel.html',
      enabled: true,
    });
    create('d-2');
    expect(await opened).toBe('sidepanel');
    expect(await pending()).toBe('d-2');
  });

  it('without a gesture, goes from the side panel to the popup', async () => {
    const openPopup = ok();
    const { all, createTab } = apis({ sidePanel: sidePanel(noGesture()), openPopup });
    expect(await createBuilderOpener(all)({ place: 'sidepanel', draft: 'd-1', tabId: 4 })).toBe(
      'popup',
    );
    expect(createTab).not.toHaveBeenCalled();
    expect(await pending()).toBe('d-1');
  });

  it('from the side panel to a tab when neither panel nor popup opens', async () => {
    const { all, createTab } = apis({ sidePanel: sidePanel(noGesture()), openPopup: noGesture() });
    expect(await createBuilderOpener(all)({ place: 'sidepanel', draft: 'd-1', tabId: 4 })).toBe(
      'tab',
    );
    expect(createTab).toHaveBeenCalledWith(`${URL_BASE}/popup.html?draft=d-1`);
    expect(await pending()).toBeUndefined();
  });

  it('uses the popup when there is no side panel API (Firefox) or no tab to open it beside', async () => {
    const firefox = apis({ openPopup: ok() });
    expect(await createBuilderOpener(firefox.all)({ place: 'sidepanel', tabId: 4 })).toBe('popup');
    const panel = sidePanel();
    const noTab = apis({ sidePanel: panel, openPopup: ok() });
    expect(await createBuilderOpener(noTab.all)({ place: 'sidepanel' })).toBe('popup');
    expect(panel.open).not.toHaveBeenCalled();
  });

  it('opens the builder without a draft as the plain page', async () => {
    const { all, createTab } = apis();
    expect(await createBuilderOpener(all)({ place: 'popup' })).toBe('tab');
    expect(createTab).toHaveBeenCalledWith(`${URL_BASE}/popup.html`);
  });

  it('reports null when nothing could be opened', async () => {
    const { all } = apis({
      createTab: vi.fn(async () => {
        throw new Error('no window');
      }),
    });
    expect(await createBuilderOpener(all)({ place: 'tab', draft: 'd-1' })).toBeNull();
  });

  it('falls through when an API throws synchronously (missing permission)', async () => {
    const { all } = apis({
      openPopup: () => {
        throw new TypeError('openPopup is not available');
      },
    });
    expect(await createBuilderOpener(all)({ place: 'popup', draft: 'd-1' })).toBe('tab');
  });
});
