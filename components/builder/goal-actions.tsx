import type { Draft } from '@/lib/drafts';
import type { BuilderT } from './strings';

export type CopyFormat = 'plain' | 'markdown' | 'sentence';

export interface GoalActionHandlers {
  onCopy: (format: CopyFormat) => void;
  onInsert: () => void;
  onDuplicate: () => void;
  onArchive: () => void;
  onDelete: () => void;
  onAddObjective: () => void;
}

/** What can be done with the open goal. Results are announced by the app's status line. */
export function GoalActions({
  draft,
  hasSentence,
  t,
  ...on
}: GoalActionHandlers & { draft: Draft; hasSentence: boolean; t: BuilderT }) {
  return (
    <div className="actions">
      <div role="group" aria-label={t('actions.copy')} className="button-row">
        <button type="button" onClick={() => on.onCopy('plain')}>
          {t('actions.copy.plain')}
        </button>
        <button type="button" onClick={() => on.onCopy('markdown')}>
          {t('actions.copy.markdown')}
        </button>
        <button type="button" disabled={!hasSentence} onClick={() => on.onCopy('sentence')}>
          {t('actions.copy.sentence')}
        </button>
      </div>
      <div role="group" aria-label={t('actions.more')} className="button-row">
        <button type="button" disabled={!hasSentence} onClick={on.onInsert}>
          {t('actions.insert')}
        </button>
        <button type="button" onClick={on.onAddObjective}>
          {t('actions.addObjective')}
        </button>
        <button type="button" onClick={on.onDuplicate}>
          {t('actions.duplicate')}
        </button>
        <button type="button" onClick={on.onArchive}>
          {draft.status === 'archived' ? t('actions.unarchive') : t('actions.archive')}
        </button>
        <button type="button" className="danger" onClick={on.onDelete}>
          {t('actions.delete')}
        </button>
      </div>
    </div>
  );
}
