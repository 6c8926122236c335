import type { Translate } from '@/lib/i18n';
import type { Settings } from '@/lib/settings';
import type { OptionsKey } from './strings';

type Criterion = keyof Settings['criteria'];
type Lang = Settings['languages'][number];

const CRITERIA: readonly [Criterion, OptionsKey][] = [
  ['S', 'criterionS'],
  ['M', 'criterionM'],
  ['T', 'criterionT'],
  ['A', 'criterionA'],
];
const SEVERITIES: readonly [Settings['minSeverity'], OptionsKey][] = [
  ['info', 'severityInfo'],
  ['warning', 'severityWarning'],
  ['error', 'severityError'],
];
/** Each language under its own name, so it can be found whatever the UI language is. */
const LANGUAGES: readonly [Lang, string][] = [
  ['en', 'English'],
  ['zh', '中文'],
  ['ru', 'Русский'],
  ['vi', 'Tiếng Việt'],
];

interface ChecksSectionProps {
  settings: Settings;
  t: Translate<OptionsKey>;
  update(change: (current: Settings) => Settings): void;
  reject(reason: string): void;
}

export function ChecksSection({ settings, t, update, reject }: ChecksSectionProps) {
  const toggleLanguage = (lang: Lang, on: boolean) => {
    const languages = LANGUAGES.map(([code]) => code).filter((code) =>
      code === lang ? on : settings.languages.includes(code),
    );
    if (languages.length === 0) {
      reject(t('languagesNone'));
      return;
    }
    update((s) => ({ ...s, languages }));
  };

  return (
    <section aria-labelledby="checks-heading">
      <h2 id="checks-heading">{t('checksHeading')}</h2>
      <fieldset>
        <legend>{t('criteriaLegend')}</legend>
        {CRITERIA.map(([criterion, key]) => (
          <label key={criterion} className="choice">
            <input
              type="checkbox"
              checked={settings.criteria[criterion]}
              onChange={(event) => {
                const on = event.target.checked;
                update((s) => ({ ...s, criteria: { ...s.criteria, [criterion]: on } }));
              }}
            />
            <b>{criterion}</b> {t(key)}
          </label>
        ))}
      </fieldset>
      <label className="choice">
        <input
          type="checkbox"
          checked={settings.flagOutsideGoals}
          onChange={(event) => {
            const flagOutsideGoals = event.target.checked;
            update((s) => ({ ...s, flagOutsideGoals }));
          }}
        />
        {t('outsideGoals')}
      </label>
      <label className="field">
        {t('severityLabel')}
        <select
          value={settings.minSeverity}
          onChange={(event) => {
            const minSeverity = event.target.value as Settings['minSeverity'];
            update((s) => ({ ...s, minSeverity }));
          }}
        >
          {SEVERITIES.map(([severity, key]) => (
            <option key={severity} value={severity}>
              {t(key)}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('languagesLegend')}</legend>
        {LANGUAGES.map(([code, name]) => (
          <label key={code} className="choice" lang={code}>
            <input
              type="checkbox"
              checked={settings.languages.includes(code)}
              onChange={(event) => toggleLanguage(code, event.target.checked)}
            />
            {name}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
