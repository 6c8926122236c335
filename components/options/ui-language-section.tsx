import type { Translate } from '@/lib/i18n';
import type { Settings } from '@/lib/settings';
import type { OptionsKey } from './strings';

const NAMES: readonly [Exclude<Settings['uiLang'], 'auto'>, string][] = [
  ['en', 'English'],
  ['zh', '中文'],
  ['ru', 'Русский'],
  ['vi', 'Tiếng Việt'],
];

interface UiLanguageSectionProps {
  settings: Settings;
  t: Translate<OptionsKey>;
  update(change: (current: Settings) => Settings): void;
}

export function UiLanguageSection({ settings, t, update }: UiLanguageSectionProps) {
  return (
    <section aria-labelledby="ui-lang-heading">
      <h2 id="ui-lang-heading">{t('uiLangHeading')}</h2>
      <label className="field">
        {t('uiLangLabel')}
        <select
          value={settings.uiLang}
          onChange={(event) => {
            const uiLang = event.target.value as Settings['uiLang'];
            update((s) => ({ ...s, uiLang }));
          }}
        >
          <option value="auto">{t('uiLangAuto')}</option>
          {NAMES.map(([code, name]) => (
            <option key={code} value={code} lang={code}>
              {name}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
