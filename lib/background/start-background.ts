import { browser } from '#imports';
import { createDraftsDatabase, createDraftsRepository, createIgnoredHints } from '../drafts';
import { todayIso } from '../goals/dates';
import { goalFromText } from '../goals/from-text';
import { commandPressed } from './commands';
import { contentClient, type SendToTab } from './content-client';
import { createMakeSmartMenu, makeSmartClicked, type MenusApi } from './context-menu';
import { createDraftFromText } from './draft-from-text';
import { createFocusedField } from './focused-field';
import { createBackgroundHandlers } from './handlers';
import { backgroundMessageListener } from './message-router';
import { createBuilderOpener } from './open-builder';

/** The source of a draft made from a page: `null` for pages without a host (file:, about:). */
function sourceOf(url: string | undefined) {
  if (!url) return null;
  try {
    const site = new URL(url).hostname;
    return site ? { url, site } : null;
  } catch {
    return null;
  }
}

/** Event handlers have nobody to answer: a failure is logged in the worker's console. */
const warn = (what: string) => (error: unknown) => console.warn(`${what}:`, error);

/**
 * Wires the background's modules to the browser. Every listener is registered synchronously on
 * each worker start (an MV3 worker woken by an event must find its listener there); only the menu
 * is created on install, because menu items outlive the worker.
 */
export function startBackground(): void {
  const database = createDraftsDatabase();
  const sendToTab: SendToTab = (tabId, envelope, options) =>
    browser.tabs.sendMessage(tabId, envelope, options);
  const session = browser.storage.session;
  // MV2 (Firefox) has `browserAction`, MV3 `action`; `sidePanel` is Chrome's and exists only when
  // the build has a side panel page (WXT then adds the permission).
  const action = browser.action ?? browser.browserAction;
  const openBuilder = createBuilderOpener({
    session,
    // Typed for the build's files only; ours carry a query (`popup.html?draft=…`).
    getURL: (path) => browser.runtime.getURL(path as Parameters<typeof browser.runtime.getURL>[0]),
    createTab: (url) => browser.tabs.create({ url }),
    openPopup: typeof action?.openPopup === 'function' ? () => action.openPopup() : undefined,
    sidePanel: typeof browser.sidePanel?.open === 'function' ? browser.sidePanel : undefined,
  });
  const draftFromText = createDraftFromText({
    drafts: createDraftsRepository(database),
    goalFromText,
    openBuilder,
    today: () => todayIso(),
  });

  browser.runtime.onMessage.addListener(
    backgroundMessageListener(
      createBackgroundHandlers({
        ignoredHints: createIgnoredHints(database),
        draftFromText,
        openBuilder,
        focusedField: createFocusedField(session),
        sendToTab,
      }),
    ),
  );

  // Firefox for Android has neither menus nor commands: the rest still works there.
  const menus = browser.contextMenus as typeof browser.contextMenus | undefined;
  if (menus) {
    browser.runtime.onInstalled.addListener(() => {
      createMakeSmartMenu(menus as unknown as MenusApi, {
        title: browser.i18n.getMessage('menu_make_smart'),
        lastError: () => browser.runtime.lastError,
        onError: (message) => console.warn(message),
      }).catch(warn('could not create the context menu'));
    });
    const clicked = makeSmartClicked({
      content: (tabId, frameId) => contentClient(sendToTab, tabId, frameId),
      openAsDraft: (text, url) => draftFromText({ text, source: sourceOf(url), open: 'popup' }),
    });
    menus.onClicked.addListener((info, tab) => {
      clicked(info, tab).catch(warn('Make this SMART failed'));
    });
  }

  const commands = browser.commands as typeof browser.commands | undefined;
  if (commands) {
    const pressed = commandPressed({
      content: (tabId) => contentClient(sendToTab, tabId),
      activeTabId: async () =>
        (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
    });
    commands.onCommand.addListener((command, tab) => {
      pressed(command, tab).catch(warn(`the ${command} shortcut failed`));
    });
  }
}
