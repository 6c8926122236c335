import { useEffect, useState } from 'react';
import type { Translate } from '@/lib/i18n';
import type { OptionsKey } from './strings';

export interface Shortcut {
  name?: string;
  description?: string;
  shortcut?: string;
}

export interface ShortcutsPort {
  /** `browser.commands.getAll()`. */
  list(): Promise<Shortcut[]>;
  /** Opens the browser's shortcut settings; absent where a page cannot open them (Firefox). */
  openSettings?: () => Promise<unknown>;
}

/** The action's own command has no description of its own: it opens the popup. */
const OPEN_POPUP = new Set(['_execute_action', '_execute_browser_action']);

interface ShortcutsSectionProps {
  shortcuts: ShortcutsPort;
  t: Translate<OptionsKey>;
  onError(reason: string): void;
}

export function ShortcutsSection({ shortcuts, t, onError }: ShortcutsSectionProps) {
  const [list, setList] = useState<Shortcut[]>();

  useEffect(() => {
    shortcuts.list().then(setList, () => setList([]));
  }, [shortcuts]);

  return (
    <section aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{t('shortcutsHeading')}</h2>
      {list && list.length === 0 && <p>{t('shortcutsNone')}</p>}
      {list && list.length > 0 && (
        <dl className="shortcuts" data-testid="shortcuts">
          {list.map((command) => (
            <div key={command.name ?? command.description}>
              <dt>
                {OPEN_POPUP.has(command.name ?? '')
                  ? t('shortcutOpenPopup')
                  : command.description || command.name}
              </dt>
              <dd>{command.shortcut ? <kbd>{command.shortcut}</kbd> : t('shortcutNotSet')}</dd>
            </div>
          ))}
        </dl>
      )}
      {shortcuts.openSettings ? (
        <button
          type="button"
          onClick={() =>
            shortcuts.openSettings?.().catch((error: unknown) => onError(String(error)))
          }
        >
          {t('shortcutsChange')}
        </button>
      ) : (
        <p className="help">{t('shortcutsFirefox')}</p>
      )}
    </section>
  );
}
