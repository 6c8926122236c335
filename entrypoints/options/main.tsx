import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from '#imports';
import { OptionsApp } from '@/components/options/options-app';
import { createDraftsDatabase, createDraftsRepository, DB_NAME } from '@/lib/drafts';
import { resetSettings } from '@/lib/settings';
import { deleteDatabase } from './delete-database';
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
          await deleteDatabase(DB_NAME);
          await resetSettings();
        },
      }}
    />
  </StrictMode>,
);
