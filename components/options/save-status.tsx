import type { Translate } from '@/lib/i18n';
import type { OptionsKey } from './strings';
import type { SaveState } from './use-settings';

/** One polite live region for every save, so "Saved" and refusals are announced and visible. */
export function SaveStatus({ state, t }: { state: SaveState; t: Translate<OptionsKey> }) {
  const text =
    state.kind === 'saving'
      ? t('saving')
      : state.kind === 'saved'
        ? t('saved')
        : state.kind === 'rejected'
          ? t('notSaved', { reason: state.reason })
          : state.kind === 'failed'
            ? t('notSaved', { reason: state.reason })
            : '';
  return (
    <p
      className={`save-status ${state.kind}`}
      role="status"
      aria-live="polite"
      data-testid="save-status"
    >
      {text}
    </p>
  );
}
