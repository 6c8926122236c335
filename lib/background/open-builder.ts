import type { BuilderPlace } from '../messages';
import type { SessionArea } from './session-area';

/**
 * Opening the goal builder on a draft, in the place asked for or the next one that works:
 * side panel → popup → tab. The builder page reads `?draft=<id>`; the popup and the side panel may
 * be opened before the draft exists (see below), so they also read `builder:pendingDraft` from
 * `storage.session` (and watch it while open), then remove it.
 *
 * User gestures: `sidePanel.open()` (Chrome) and `openPopup()` (Firefox) only work while the
 * user's click is still being handled, and that ends at the first `await` of the handler. So the
 * gesture-bound call is made synchronously, before anything is awaited, even when the draft id is
 * still being written; a click in the content script's card, forwarded by `runtime.sendMessage`,
 * counts in Chrome as long as nothing was awaited first.
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
  /** Dispatched without awaiting anything first: see the gesture note above. */
  const startSidePanel = (tabId: number | undefined, draftId: string | undefined) => {
    const { sidePanel } = apis;
    if (!sidePanel || tabId === undefined) return undefined;
    // Not awaited: the two calls are queued in order, and `open` must run inside the gesture.
    return attempt(() => [
      sidePanel.setOptions({ tabId, path: pagePath('sidepanel', draftId), enabled: true }),
      sidePanel.open({ tabId }),
    ]);
  };

  const startPopup = () => {
    const { openPopup } = apis;
    return openPopup ? attempt(() => [openPopup()]) : undefined;
  };

  return async ({ place, draft, tabId }) => {
    const known = typeof draft === 'string' ? draft : undefined;
    let trying: BuilderPlace | undefined;
    let opening: Promise<boolean> | undefined;
    if (place === 'sidepanel') {
      opening = startSidePanel(tabId, known);
      if (opening) trying = 'sidepanel';
    }
    if (!opening && place !== 'tab') {
      opening = startPopup();
      if (opening) trying = 'popup';
    }

    const draftId = await draft;
    if (opening) {
      if (draftId !== undefined) await apis.session.set({ [PENDING_DRAFT_KEY]: draftId });
      if (await opening) return trying!;
      if (trying === 'sidepanel') {
        // The gesture is spent by now; Chrome's popup does not need one.
        const popup = startPopup();
        if (popup && (await popup)) return 'popup';
      }
      // The tab reads `?draft=`; a pending id left behind would be picked up by the next popup.
      await apis.session.remove(PENDING_DRAFT_KEY);
    }
    try {
      await apis.createTab(apis.getURL(`/${pagePath('popup', draftId)}`));
      return 'tab';
    } catch {
      return null;
    }
  };
}
