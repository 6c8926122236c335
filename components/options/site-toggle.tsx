import { useEffect, useMemo, useState } from 'react';
import { translator, uiLangFrom, type UiLang } from '@/lib/i18n';
import {
  activeSite,
  isSiteEnabled,
  loadSettings,
  updateSettings,
  watchSettings,
  withSiteEnabled,
  type ActiveSite,
  type Settings,
} from '@/lib/settings';
import { hasSiteAccess, originPattern, requestSiteAccess } from '@/lib/site-access';
import { OPTIONS_STRINGS } from './strings';

/**
 * The popup header's switch: whether inline hints run on the active tab's site, and a click to
 * change it. Content scripts follow the setting live, so the page needs no reload.
 */
export function SiteToggle({ lang }: { lang?: UiLang } = {}) {
  const [site, setSite] = useState<ActiveSite>();
  const [settings, setSettings] = useState<Settings>();
  const [failure, setFailure] = useState<string>();
  /** Whether the browser lets the extension run on the site (Chrome's site access switch). */
  const [access, setAccess] = useState<'granted' | 'withheld' | 'just-granted'>('granted');

  useEffect(() => {
    const controller = new AbortController();
    watchSettings(setSettings, controller.signal);
    void Promise.all([
      activeSite().catch((): ActiveSite => ({ kind: 'hidden' })),
      loadSettings(),
    ]).then(([active, loaded]) => {
      if (controller.signal.aborted) return;
      setSite(active);
      setSettings(loaded);
      const pattern = active.kind === 'site' ? originPattern(active.url) : null;
      if (pattern)
        void hasSiteAccess(pattern).then((granted) => {
          if (!controller.signal.aborted && !granted) setAccess('withheld');
        });
    });
    return () => controller.abort();
  }, []);

  const uiLang =
    lang ??
    uiLangFrom(settings && settings.uiLang !== 'auto' ? settings.uiLang : navigator.language);
  const t = useMemo(() => translator(OPTIONS_STRINGS, uiLang), [uiLang]);

  if (site === undefined || !settings) return null;
  if (site.kind !== 'site') {
    return (
      <p className="site-toggle unavailable" data-testid="site-toggle">
        {t(site.kind === 'hidden' ? 'toggleHidden' : 'toggleUnavailable')}
      </p>
    );
  }

  const { host } = site;
  const enabled = isSiteEnabled(settings, host);
  const toggle = () => {
    setFailure(undefined);
    updateSettings((current) => withSiteEnabled(current, host, !isSiteEnabled(current, host))).then(
      setSettings,
      (error: unknown) => setFailure(error instanceof Error ? error.message : String(error)),
    );
  };

  return (
    <div className="site-toggle" data-testid="site-toggle">
      <button type="button" role="switch" aria-checked={enabled} onClick={toggle}>
        <span>{t('toggleLabel', { host })}</span>{' '}
        <span aria-hidden="true">{enabled ? t('toggleOn') : t('toggleOff')}</span>
      </button>
      {enabled && access === 'withheld' && (
        <p className="site-access">
          {t('accessWithheld', { host })}{' '}
          <button
            type="button"
            onClick={() => {
              const pattern = originPattern(site.url);
              if (!pattern) return;
              // The browser shows its own prompt; the content script runs from the next load.
              void requestSiteAccess(pattern).then((granted) => {
                if (granted) setAccess('just-granted');
              });
            }}
          >
            {t('accessGrant', { host })}
          </button>
        </p>
      )}
      {access === 'just-granted' && <p role="status">{t('accessGranted')}</p>}
      {failure && <span role="alert">{t('failed', { reason: failure })}</span>}
    </div>
  );
}
