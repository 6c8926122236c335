import type { Draft } from '@/lib/drafts';
import type { DraftsT } from './strings';

/** What a row can ask for; the list runs it and reports the outcome. */
export type RowAction = 'duplicate' | 'archive' | 'unarchive' | 'delete' | 'restore';

const SNIPPET_LENGTH = 140;

function snippetOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > SNIPPET_LENGTH ? `${flat.slice(0, SNIPPET_LENGTH - 1)}…` : flat;
}

export interface DraftRowProps {
  draft: Draft;
  t: DraftsT;
  selected: boolean;
  /** The parent's title; undefined when the draft has no parent or the parent is gone. */
  parentTitle: string | undefined;
  formatTime: (ms: number) => string;
  onSelect: (id: string, selected: boolean) => void;
  onOpen: (id: string) => void;
  onAction: (action: RowAction, draft: Draft) => void;
}

/** One draft: everything as text (titles come from pages the user wrote on, never as HTML). */
export function DraftRow({
  draft,
  t,
  selected,
  parentTitle,
  formatTime,
  onSelect,
  onOpen,
  onAction,
}: DraftRowProps) {
  const title = draft.title.trim() || t('row.untitled');
  const snippet = snippetOf(draft.text);
  const button = (action: RowAction, label: string, name: string) => (
    <button
      type="button"
      data-action={action}
      aria-label={name}
      onClick={() => onAction(action, draft)}
    >
      {label}
    </button>
  );
  return (
    <li
      className={`draft-row${draft.parentId ? ' is-child' : ''}${draft.conflictOf ? ' is-conflict' : ''}`}
      data-testid="draft-row"
      data-id={draft.id}
      data-status={draft.status}
    >
      <input
        type="checkbox"
        data-action="select"
        checked={selected}
        aria-label={t('row.select', { title })}
        onChange={(event) => onSelect(draft.id, event.target.checked)}
      />
      <div className="draft-main">
        <p className="draft-title">
          <span lang={draft.lang}>{title}</span>
          {draft.conflictOf ? (
            <span className="badge conflict" title={t('row.conflictHelp')}>
              {t('row.conflict')}
            </span>
          ) : null}
          {draft.status !== 'active' ? (
            <span className="badge">{t(`status.${draft.status}`)}</span>
          ) : null}
        </p>
        <p className={`draft-snippet${snippet ? '' : ' empty'}`} lang={draft.lang}>
          {snippet || t('row.noText')}
        </p>
        <p className="draft-meta">
          <span>{t('row.updated', { time: formatTime(draft.updatedAt) })}</span>
          {draft.parentId ? (
            <span className="draft-parent">
              {parentTitle === undefined
                ? t('row.parentMissing')
                : t('row.parent', { title: parentTitle.trim() || t('row.untitled') })}
            </span>
          ) : null}
        </p>
      </div>
      <div className="draft-actions">
        <button
          type="button"
          data-action="open"
          aria-label={t('action.openLabel', { title })}
          onClick={() => onOpen(draft.id)}
        >
          {t('action.open')}
        </button>
        {draft.conflictOf ? (
          <button
            type="button"
            data-action="open-original"
            aria-label={t('action.openOriginalLabel', { title })}
            onClick={() => onOpen(draft.conflictOf!)}
          >
            {t('action.openOriginal')}
          </button>
        ) : null}
        {draft.status === 'deleted' ? (
          button('restore', t('action.restore'), t('action.restoreLabel', { title }))
        ) : (
          <>
            {button('duplicate', t('action.duplicate'), t('action.duplicateLabel', { title }))}
            {draft.status === 'archived'
              ? button('unarchive', t('action.unarchive'), t('action.unarchiveLabel', { title }))
              : button('archive', t('action.archive'), t('action.archiveLabel', { title }))}
            {button('delete', t('action.delete'), t('action.deleteLabel', { title }))}
          </>
        )}
      </div>
    </li>
  );
}
