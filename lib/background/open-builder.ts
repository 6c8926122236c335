import type { BuilderPlace } from '../messages';
import type { SessionArea } from './session-area';

/**
 * Opening the goal builder on a draft, in the place asked for or the next one that works:
 * side panel → popup → tab. A tab gets `popup.html?draft=<id>`; the popup and the side panel also
 * find the id in `storage.session` under `builder:pendingDraft` (read and removed on load).
 *
 * User gestures: Chrome's `sidePanel.open()` only works while the user's click is being handled,
 * which ends at the handler's first `await`; a click in the content script's card, forwarded by
 * `runtime.sendMessage`, still counts then (E2E: test/e2e/background.spec.ts). So the side panel
 * is opened synchronously, even before the draft it shows exists: the panel then learns the id
 * from `builder:pendingDraft` once it is written (the builder watches that key while open).
 * Chrome's `openPopup()` needs no gesture, so the popup opens after the draft and its pending id
 * are written; in Firefox it needs one, and the builder opens in a tab instead.
 */

export const PENDING_DRAFT_KEY = 'builder:pendingDraft';

/** The browser APIs this needs; each may be missing (Firefox has no `sidePanel`, MV2 no `action`). */
export interface BuilderApis {
  session: SessionArea;
  getURL(path: string): string;
  createTab(url: string): Promise<unknown>;
  openPopup?: () => Promise<unknown>;
  sidePanel?: {
    setOptions(options: { tabId?: number; path?: string; enabled?: boolean }): Promise<unknown>;
    open(options: { tabId: number }): Promise<unknown>;
  };
}

export interface OpenRequest {
  place: BuilderPlace;
  /** The draft, or a promise of its id while it is being created. */
  draft?: string | Promise<string>;
  /** The tab the request came from: the side panel opens beside it. */
  tabId?: number;
}

export type OpenBuilder = (request: OpenRequest) => Promise<BuilderPlace | null>;

const pagePath = (page: 'popup' | 'sidepanel', draftId?: string) =>
  draftId === undefined ? `${page}.html` : `${page}.html?draft=${encodeURIComponent(draftId)}`;

/** Whether every call succeeded; an API that throws at once (no permission) counts as failed. */
function attempt(calls: () => Promise<unknown>[]): Promise<boolean> {
  try {
    return Promise.all(calls()).then(
      () => true,
      () => false,
    );
  } catch {
    return Promise.resolve(false);
  }
}

export function createBuilderOpener(apis: BuilderApis): OpenBuilder {
  const { session } = apis;
  const setPending = (draftId: string | undefined) =>
    draftId === undefined ? Promise.resolve() : session.set({ [PENDING_DRAFT_KEY]: draftId });
  // A pending id left behind would be picked up by the next popup, on the wrong draft.
  const clearPending = () => session.remove(PENDING_DRAFT_KEY);

  /** Synchronous up to `open`: see the gesture note above. */
  const openSidePanel = (tabId: number | undefined, draftId: string | undefined) => {
    const { sidePanel } = apis;
    if (!sidePanel || tabId === undefined) return undefined;
    return attempt(() => [
      // Not awaited: the calls are queued in order, and `open` must run inside the gesture.
      sidePanel.setOptions({ tabId, path: pagePath('sidepanel', draftId), enabled: true }),
      sidePanel.open({ tabId }),
    ]);
  };

  const openPopup = async (draftId: string | undefined) => {
    const { openPopup } = apis;
    if (!openPopup) return false;
    await setPending(draftId);
    if (await attempt(() => [openPopup()])) return true;
    await clearPending();
    return false;
  };

  const openTab = async (draftId: string | undefined) => {
    try {
      await apis.createTab(apis.getURL(`/${pagePath('popup', draftId)}`));
      return 'tab' as const;
    } catch {
      return null;
    }
  };

  return async ({ place, draft, tabId }) => {
    const panel =
      place === 'sidepanel'
        ? openSidePanel(tabId, typeof draft === 'string' ? draft : undefined)
        : undefined;
    const draftId = await draft;
    if (panel) {
      if (draftId !== undefined) await setPending(draftId);
      if (await panel) return 'sidepanel';
      await clearPending();
    }
    if (place !== 'tab' && (await openPopup(draftId))) return 'popup';
    return openTab(draftId);
  };
}
