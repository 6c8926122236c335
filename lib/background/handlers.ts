import type { IgnoredHints } from '../drafts/ignored-hints';
import type { BackgroundMessages, Handlers } from '../messages';
import type { SendToTab } from './content-client';
import type { createDraftFromText } from './draft-from-text';
import type { FocusedField } from './focused-field';
import { insertIntoLastFocused } from './insert-into-field';
import type { OpenBuilder } from './open-builder';

export interface BackgroundDeps {
  ignoredHints: Pick<IgnoredHints, 'ignore' | 'list'>;
  draftFromText: ReturnType<typeof createDraftFromText>;
  openBuilder: OpenBuilder;
  focusedField: FocusedField;
  sendToTab: SendToTab;
}

/** What the background answers, one line per message; the work is in the modules named here. */
export function createBackgroundHandlers(deps: BackgroundDeps): Handlers<BackgroundMessages> {
  return {
    'hints/ignore': async ({ site, text }) => ({
      hash: (await deps.ignoredHints.ignore(site, text)).hash,
    }),
    'hints/ignored': async ({ site }) => ({
      hashes: (await deps.ignoredHints.list(site)).map((hint) => hint.hash),
    }),
    'draft/create-from-text': (request, context) => deps.draftFromText(request, context),
    'builder/open': async ({ place, draftId }, { tabId }) => ({
      opened: await deps.openBuilder({ place, draft: draftId, tabId }),
    }),
    'field/focused': async (_, { tabId, frameId }) => {
      // Extension pages have no tab: their fields are not where "Insert" goes.
      if (tabId !== undefined) await deps.focusedField.remember({ tabId, frameId: frameId ?? 0 });
      return {};
    },
    'field/insert-last-focused': ({ text }) =>
      insertIntoLastFocused(text, deps.focusedField, deps.sendToTab),
  };
}
