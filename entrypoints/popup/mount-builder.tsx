import { StrictMode, Suspense, lazy, useEffect, type ComponentProps } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { browser } from '#imports';
import { BuilderApp, type BuilderPlace } from '@/components/builder/builder-app';
import { createDraftJournal } from '@/components/builder/draft-journal';
import { SiteToggle } from '@/components/options/site-toggle';
import { PENDING_DRAFT_KEY } from '@/lib/background/open-builder';
import { createDraftsDatabase, createDraftsRepository } from '@/lib/drafts';
import { uiLangFrom } from '@/lib/i18n';
import { BACKGROUND_MESSAGES, createClient } from '@/lib/messages';
import { loadSettings, updateSettings } from '@/lib/settings';
import '@/components/builder/builder.css';

/** Set by the background for "Open in builder": the draft to show (lib/background/open-builder.ts). */
const PENDING_KEY = PENDING_DRAFT_KEY;
const PendingId = z.string().min(1);

// Not on screen at first paint: its script loads when the drafts view is first opened.
const DraftsView = lazy(() =>
  import('@/components/drafts/drafts-view').then((m) => ({ default: m.DraftsView })),
);

/** The drafts view, reading the search index as it opens so the first search typed is fast. */
function PrewarmedDraftsView(props: ComponentProps<typeof DraftsView>) {
  const { repository } = props;
  useEffect(() => {
    // Only a head start: a failure here resurfaces, and is shown, on the first search.
    void repository.prewarmSearch().catch(() => undefined);
  }, [repository]);
  return (
    <Suspense fallback={null}>
      <DraftsView {...props} />
    </Suspense>
  );
}

/** Reads and removes the draft id the background left for the popup ("Open in builder"). */
async function consumePending(): Promise<string | undefined> {
  // Without session storage (an older browser) there is simply no pending draft.
  if (!browser.storage.session) return undefined;
  const stored = await browser.storage.session.get(PENDING_KEY);
  const id = PendingId.safeParse(stored[PENDING_KEY]);
  await browser.storage.session.remove(PENDING_KEY);
  return id.success ? id.data : undefined;
}

/** Composition root shared by the popup (and its full-tab view) and the side panel. */
export async function mountBuilder(place: BuilderPlace): Promise<void> {
  const params = new URLSearchParams(location.search);
  // Opened while the settings load, not after: the first render reads the drafts at once.
  const database = createDraftsDatabase();
  void database.connect().catch(() => undefined); // a failure resurfaces on the repository's first use
  // Likewise the pending draft: the builder asks for it first thing. Not read with a `?draft=`,
  // which wins over it (as in openStartDraft), so the pending id stays for the next open.
  const pending = params.get('draft') === null ? consumePending() : undefined;
  void pending?.catch(() => undefined); // a rejection surfaces where the builder awaits it
  // And the draft the builder shows when none is named or pending: its read overlaps the settings'
  // and the first render instead of following them (a rejection surfaces where the builder awaits).
  const repository = createDraftsRepository(database);
  const latestDraft = repository.list({ limit: 1 }).then((list) => list.drafts[0]);
  void latestDraft.catch(() => undefined);
  const settings = await loadSettings();
  const uiLang = settings.uiLang === 'auto' ? uiLangFrom(navigator.language) : settings.uiLang;
  document.documentElement.lang = uiLang;
  const send = createClient(BACKGROUND_MESSAGES, (envelope) =>
    browser.runtime.sendMessage(envelope),
  );

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <BuilderApp
        place={place}
        uiLang={uiLang}
        uiLangSetting={settings.uiLang}
        services={{
          repository,
          latestDraft,
          journal: createDraftJournal(localStorage),
          requestedDraftId: params.get('draft'),
          consumePending: () => pending ?? consumePending(),
          // An open side panel learns of a draft written after it loaded (the background opens the
          // panel first, within the click's user gesture, then creates the draft).
          watchPending: (onDraft) => {
            const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
              const id = PendingId.safeParse(changes[PENDING_KEY]?.newValue);
              if (area !== 'session' || !id.success) return;
              void browser.storage.session.remove(PENDING_KEY);
              onDraft(id.data);
            };
            browser.storage.onChanged.addListener(listener);
            return () => browser.storage.onChanged.removeListener(listener);
          },
          insert: (text) => send('field/insert-last-focused', { text }),
          copy: (text) => navigator.clipboard.writeText(text),
          DraftsView: PrewarmedDraftsView,
          SiteToggle,
          saveUiLang: async (lang) => {
            await updateSettings((current) => ({ ...current, uiLang: lang }));
          },
        }}
      />
    </StrictMode>,
  );
}
