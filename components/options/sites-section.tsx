import type { Translate } from '@/lib/i18n';
import { BUILT_IN_DENYLIST, type Settings } from '@/lib/settings';
import { HostList } from './host-list';
import type { OptionsKey } from './strings';

interface SitesSectionProps {
  settings: Settings;
  t: Translate<OptionsKey>;
  update(change: (current: Settings) => Settings): void;
}

export function SitesSection({ settings, t, update }: SitesSectionProps) {
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('sitesHeading')}</h2>
      <fieldset>
        <legend>{t('siteModeLegend')}</legend>
        {(['all', 'allowlist'] as const).map((mode) => (
          <label key={mode} className="choice">
            <input
              type="radio"
              name="siteMode"
              value={mode}
              checked={settings.siteMode === mode}
              onChange={() => update((s) => ({ ...s, siteMode: mode }))}
            />
            {t(mode === 'all' ? 'siteModeAll' : 'siteModeAllowlist')}
          </label>
        ))}
      </fieldset>
      <HostList
        label={t('allowlistLabel')}
        help={t('allowlistHelp')}
        entries={settings.allowlist}
        t={t}
        onChange={(allowlist) => update((s) => ({ ...s, allowlist }))}
      />
      <HostList
        label={t('denylistLabel')}
        help={t('denylistHelp')}
        entries={settings.denylist}
        t={t}
        onChange={(denylist) => update((s) => ({ ...s, denylist }))}
      />
      <div className="built-in">
        <label className="choice">
          <input
            type="checkbox"
            role="switch"
            checked={settings.builtInDenylist}
            aria-describedby="built-in-help"
            onChange={(event) => {
              const builtInDenylist = event.target.checked;
              update((s) => ({ ...s, builtInDenylist }));
            }}
          />
          {t('builtInLabel')}
        </label>
        <p id="built-in-help" className="help">
          {t('builtInHelp')}
        </p>
        <details>
          <summary>{t('builtInShow', { count: BUILT_IN_DENYLIST.length })}</summary>
          <ul className="built-in-list">
            {BUILT_IN_DENYLIST.map((host) => (
              <li key={host}>{host}</li>
            ))}
          </ul>
        </details>
      </div>
      <p className="help">{t('nativeAccess')}</p>
    </section>
  );
}
