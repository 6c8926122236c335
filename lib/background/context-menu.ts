import type { ContentClient } from './content-client';

/** The one context menu item; its id is also how E2E checks that it exists. */
export const MAKE_SMART_MENU_ID = 'make-smart';

/** The slice of `contextMenus` (Chrome) / `menus` (Firefox) used here. */
export interface MenusApi {
  removeAll(): Promise<void>;
  create(
    properties: { id: string; title: string; contexts: ['selection'] },
    callback?: () => void,
  ): unknown;
}

/** What `onClicked` reports that matters here. */
export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
  frameId?: number;
  pageUrl?: string;
  frameUrl?: string;
}

/**
 * Creates "Make this SMART" on selected text. Menu items persist across service-worker restarts,
 * so this runs on install and update only; `removeAll` first because an update keeps the old ones.
 * Without `documentUrlPatterns` it shows in every frame.
 */
export async function createMakeSmartMenu(
  menus: MenusApi,
  options: {
    title: string;
    /** `runtime.lastError`, read in `create`'s callback so a failure is reported, not thrown away. */
    lastError: () => { message?: string } | null | undefined;
    onError: (message: string) => void;
  },
): Promise<void> {
  await menus.removeAll();
  menus.create({ id: MAKE_SMART_MENU_ID, title: options.title, contexts: ['selection'] }, () => {
    const error = options.lastError();
    if (error) options.onError(`could not create the context menu: ${error.message ?? 'unknown'}`);
  });
}

export interface MakeSmartDeps {
  /** The content script of a tab's frame. */
  content(tabId: number, frameId: number): ContentClient;
  /**
   * The selection as a draft in the builder, when no content script can show the card (a tab
   * opened before the install, a page the browser keeps scripts out of).
   */
  openAsDraft(text: string, pageUrl: string | undefined): Promise<unknown>;
}

/** Click on "Make this SMART": the card opens at the selection, in the frame it was made in. */
export function makeSmartClicked(deps: MakeSmartDeps) {
  return async (info: MenuClick, tab: { id?: number } | undefined): Promise<void> => {
    if (info.menuItemId !== MAKE_SMART_MENU_ID) return;
    const text = info.selectionText?.trim() ?? '';
    let opened = false;
    if (tab?.id !== undefined && tab.id >= 0) {
      const payload = text ? { text } : {};
      opened = await deps
        .content(tab.id, info.frameId ?? 0)('card/open-at-selection', payload)
        .then(
          (reply) => reply.opened,
          () => false,
        );
    }
    if (!opened && text) await deps.openAsDraft(text, info.frameUrl ?? info.pageUrl);
  };
}
