import type { ContentClient } from './content-client';

/** Keyboard commands; keys and descriptions are in the manifest (wxt.config.ts, `_locales`). */
export const COMMANDS = ['make-smart', 'next-hint'] as const;
export type CommandName = (typeof COMMANDS)[number];

export interface CommandDeps {
  /** The content scripts of every frame of a tab: only the focused frame answers. */
  content(tabId: number): ContentClient;
  /** The active tab of the focused window, when the command event names none. */
  activeTabId(): Promise<number | undefined>;
}

/**
 * A shortcut acts in the page the user is looking at. The background cannot tell which frame has
 * focus, so it asks all of them and the focused one answers (`lib/hints/background-messages.ts`);
 * a tab without our content script (a browser page) makes it a no-op.
 */
export function commandPressed(deps: CommandDeps) {
  return async (command: string, tab?: { id?: number }): Promise<void> => {
    if (!(COMMANDS as readonly string[]).includes(command)) return;
    const tabId = tab?.id ?? (await deps.activeTabId());
    if (tabId === undefined || tabId < 0) return;
    const send = deps.content(tabId);
    const sent =
      command === 'make-smart' ? send('card/open-at-selection', {}) : send('hints/next', {});
    await sent.catch(() => undefined);
  };
}
