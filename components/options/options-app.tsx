import { useEffect, useMemo } from 'react';
import type { DraftsRepository } from '@/lib/drafts';
import { translator, uiLangFrom } from '@/lib/i18n';
import { ChecksSection } from './checks-section';
import { DataSection, type DataPort } from './data-section';
import { SaveStatus } from './save-status';
import { ShortcutsSection, type ShortcutsPort } from './shortcuts-section';
import { SitesSection } from './sites-section';
import { OPTIONS_STRINGS } from './strings';
import { UiLanguageSection } from './ui-language-section';
import { useSettings } from './use-settings';

export interface OptionsAppProps {
  drafts: DraftsRepository;
  data: DataPort;
  shortcuts: ShortcutsPort;
  /** `navigator.language`, used while the UI language setting is `auto`. */
  browserLocale: string;
  /** The manifest's version, shown at the bottom for bug reports. */
  version: string;
}

/** The options page: every setting saves as it changes; data export, import and deletion. */
export function OptionsApp({ drafts, data, shortcuts, browserLocale, version }: OptionsAppProps) {
  const { settings, state, update, reject } = useSettings();
  const lang = uiLangFrom(settings && settings.uiLang !== 'auto' ? settings.uiLang : browserLocale);
  const t = useMemo(() => translator(OPTIONS_STRINGS, lang), [lang]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('title');
  }, [lang, t]);

  return (
    <main className="options">
      <header>
        <h1>{t('title')}</h1>
        <SaveStatus state={state} t={t} />
      </header>
      {settings && (
        <>
          <SitesSection settings={settings} t={t} update={update} />
          <ChecksSection settings={settings} t={t} update={update} reject={reject} />
          <UiLanguageSection settings={settings} t={t} update={update} />
        </>
      )}
      <ShortcutsSection shortcuts={shortcuts} t={t} onError={(reason) => reject(reason)} />
      <DataSection drafts={drafts} data={data} lang={lang} t={t} />
      <footer data-testid="version">SMART Goals {version}</footer>
    </main>
  );
}
