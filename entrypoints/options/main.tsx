import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from '#imports';
import { OptionsApp } from '@/components/options/options-app';
import { createDraftsDatabase, createDraftsRepository, deleteDraftsDb } from '@/lib/drafts';
import './style.css';

const database = createDraftsDatabase();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsApp
      drafts={createDraftsRepository(database)}
      browserLocale={navigator.language}
      version={browser.runtime.getManifest().version}
      shortcuts={{
        list: () => browser.commands.getAll(),
        // Firefox lets no extension open about:addons; the section explains the way there instead.
        openSettings:
          import.meta.env.BROWSER === 'firefox'
            ? undefined
            : () => browser.tabs.create({ url: 'chrome://extensions/shortcuts' }),
      }}
      data={{
        usage: async () => (await navigator.storage?.estimate())?.usage,
        deleteEverything: async () => {
          database.close();
          await deleteDraftsDb();
          // The rest of what the extension keeps: settings (sync, or local where sync is missing),
          // the session's bookkeeping, and the builder's journal of unsaved edits (localStorage).
          await Promise.all([
            browser.storage.sync?.clear(),
            browser.storage.local.clear(),
            browser.storage.session?.clear(),
          ]);
          localStorage.clear();
        },
      }}
    />
  </StrictMode>,
);
